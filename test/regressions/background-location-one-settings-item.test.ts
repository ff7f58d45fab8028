// Issue 11 defect 9: after wx.startLocationUpdateBackground(), the settings page shows one location item
// ("位置信息", three options: research.md §4.1 M/L); the first call lists it ([AUTH]; research §4.1 L). Choosing an
// option for it was ignored when only scope.userLocationBackground had been asked.
import { describe, expect, test } from 'vitest'
import { createRuntime, type RuntimeOptions } from '../../src/index.ts'

const BG = 'scope.userLocationBackground'
const FG = 'scope.userLocation'
const app: RuntimeOptions = {
  appJson: { requiredBackgroundModes: ['location'], requiredPrivateInfos: ['startLocationUpdateBackground', 'startLocationUpdate', 'getLocation'] },
}

describe("background location and the settings page's one location item", () => {
  test('after startLocationUpdateBackground, the user picks 不允许 on the location item: location is off too, no dialog later', async () => {
    const rt = createRuntime({ ...app, user: { authorize: 'allow' } })
    await rt.wx.startLocationUpdateBackground({}).catch(() => undefined)
    rt.user.changeSettings({ [FG]: false })
    expect([rt.auth.get(FG), rt.auth.get(BG)]).toEqual(['denied', 'denied'])
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
    expect(rt.prompts).toEqual([])
  })

  test('…picks 仅在使用小程序期间: location on, background off', async () => {
    const rt = createRuntime(app)
    await rt.wx.startLocationUpdateBackground({}).catch(() => undefined)
    rt.user.changeSettings({ [FG]: true })
    expect([rt.auth.get(FG), rt.auth.get(BG)]).toEqual(['granted', 'denied'])
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('background updates running on a background-only grant stop when the user turns the location item off', async () => {
    const rt = createRuntime({ ...app, scenario: { auth: { [BG]: 'granted' } } })
    const fixes: unknown[] = []
    rt.wx.onLocationChange((f) => fixes.push(f))
    await rt.wx.startLocationUpdateBackground({})
    await rt.settle()
    const before = fixes.length
    rt.user.changeSettings({ [FG]: false })
    expect([rt.auth.get(FG), rt.auth.get(BG)]).toEqual(['denied', 'denied'])
    await rt.device.moveTo({ latitude: 31, longitude: 121 })
    expect(fixes).toHaveLength(before)
  })
})
