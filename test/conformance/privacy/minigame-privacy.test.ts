// Mini games have no agreePrivacyAuthorization button: the game draws its own popup and calls resolve from the
// user's touch. Resolving 'agree' with no click first fails: "click action before resolve is needed"
// ([PRIV-MG] https://developers.weixin.qq.com/minigame/dev/guide/open-ability/privacy.html; research.md §2.3, §6.2, H).
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

type Resolve = (arg: { event: string }) => void

function customPopup(rt: ReturnType<typeof createRuntime>): { resolve: () => Resolve } {
  let pending: Resolve | undefined
  rt.wx.onNeedPrivacyAuthorization(((resolve: Resolve) => (pending = resolve)) as never)
  return { resolve: () => pending! }
}

describe('mini game: the custom privacy popup', () => {
  test("resolve({ event: 'agree' }) with no click first fails the held call: click action before resolve is needed", async () => {
    const rt = createRuntime({ appType: 'minigame', scenario: 'privacy-not-agreed' })
    const popup = customPopup(rt)
    const done = new Promise<{ errMsg: string }>((settle) => rt.wx.requirePrivacyAuthorize({ success: settle, fail: settle }))
    await rt.settle()
    popup.resolve()({ event: 'agree' })
    expect(await done).toEqual({ errMsg: 'requirePrivacyAuthorize:fail click action before resolve is needed' })
    expect(rt.privacy.needAuthorization).toBe(true)
  })

  test("…from the player's touch it goes on and the agreement is recorded", async () => {
    const rt = createRuntime({ appType: 'minigame', scenario: 'privacy-not-agreed' })
    const popup = customPopup(rt)
    const done = new Promise<{ errMsg: string }>((settle) => rt.wx.requirePrivacyAuthorize({ success: settle, fail: settle }))
    await rt.settle()
    rt.tap(() => popup.resolve()({ event: 'agree' }))
    expect(await done).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' })
    expect(rt.privacy.needAuthorization).toBe(false)
  })

  test('a mini program still needs its agree button (the buttonId rule), touch or not', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed' })
    const popup = customPopup(rt)
    const done = new Promise<{ errMsg: string }>((settle) => rt.wx.requirePrivacyAuthorize({ success: settle, fail: settle }))
    await rt.settle()
    rt.tap(() => popup.resolve()({ event: 'agree' }))
    expect(await done).toMatchObject({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized', errno: 104 })
  })
})
