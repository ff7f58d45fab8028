// wx.getLocation and wx.startRecord: "当用户离开小程序后，此接口无法调用" (both docs, H; research.md §3.1, §3.2).
// The app is in the background from wx.onAppHide to wx.onAppShow, e.g. while the settings page covers it. The errMsg
// is not documented: `<api>:fail <backgroundCallFail>` (config.ts BACKGROUND_CALL_FAIL; null lets the calls run).
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

type Seen = { errMsg: string }

/** App code that refreshes what it shows when the app is hidden: a mistake the client punishes. */
async function whileOnSettingsPage(rt: ReturnType<typeof createRuntime>): Promise<void> {
  const back = rt.tap(() => rt.wx.openSetting())
  const page = await rt.user.nextPrompt() // the user is on the settings page: the app is hidden meanwhile
  await rt.settle()
  page.respond({} as never)
  await back
}

function refreshOnHide(rt: ReturnType<typeof createRuntime>, call: (wx: typeof rt.wx, done: (r: Seen) => void) => void): Seen[] {
  const seen: Seen[] = []
  rt.wx.onAppHide(() => call(rt.wx, (r) => seen.push(r)))
  return seen
}

describe('getLocation and startRecord cannot be used in the background', () => {
  test('wx.getLocation from an onAppHide listener fails', async () => {
    const rt = createRuntime({ scenario: 'granted', onUnansweredPrompt: 'wait' })
    const seen = refreshOnHide(rt, (wx, done) => wx.getLocation({ success: done, fail: done }))
    await whileOnSettingsPage(rt)
    expect(seen).toEqual([{ errMsg: 'getLocation:fail can not be invoked in background' }])
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' }) // shown again
  })

  test('wx.startRecord from an onAppHide listener fails', async () => {
    const rt = createRuntime({ scenario: 'granted', onUnansweredPrompt: 'wait' })
    const seen = refreshOnHide(rt, (wx, done) => wx.startRecord({ success: done, fail: done }))
    await whileOnSettingsPage(rt)
    expect(seen).toEqual([{ errMsg: 'startRecord:fail can not be invoked in background' }])
  })

  test('backgroundCallFail: null lets them run (the old behaviour)', async () => {
    const rt = createRuntime({ scenario: 'granted', backgroundCallFail: null, onUnansweredPrompt: 'wait' })
    const seen = refreshOnHide(rt, (wx, done) => wx.getLocation({ success: done, fail: done }))
    await whileOnSettingsPage(rt)
    expect(seen).toEqual([expect.objectContaining({ errMsg: 'getLocation:ok' })])
  })
})
