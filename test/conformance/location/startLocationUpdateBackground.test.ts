// wx.startLocationUpdateBackground (2.8.0). https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.startLocationUpdateBackground.html
// scope.userLocationBackground "不会弹窗提醒用户": only the settings page's location item, set to
// "使用小程序期间和离开小程序后", grants it ([AUTH] H). That option exists only with app.json
// requiredBackgroundModes: ['location'] (research §4.1, §7.3 M). The item's three options (research §4.1 M/L):
//   仅在使用小程序期间 → location true / background false; 使用小程序期间和离开小程序后 → true / true; 不允许 → false / false.
import { describe, expect, test } from 'vitest'
import { createRuntime, type RuntimeOptions } from '../../../src/index.ts'

const BG = 'scope.userLocationBackground'
const FG = 'scope.userLocation'
const DENY = { errMsg: 'startLocationUpdateBackground:fail auth deny', errno: 103 }
// A release build's app.json must also declare the API in requiredPrivateInfos (research §7.2 H; app-json tests).
const withBackgroundMode: RuntimeOptions = {
  appJson: { requiredBackgroundModes: ['location'], requiredPrivateInfos: ['startLocationUpdateBackground', 'startLocationUpdate'] },
}

describe('wx.startLocationUpdateBackground', () => {
  test('never granted → auth deny at once, with no dialog', async () => {
    const rt = createRuntime({ ...withBackgroundMode, scenario: 'granted', scopes: [FG] })
    await expect(rt.wx.startLocationUpdateBackground({})).rejects.toEqual(DENY)
    expect(rt.prompts).toEqual([])
  })

  test('the first call lists the scope in the settings page, switched off (research §4.1 L)', async () => {
    const rt = createRuntime(withBackgroundMode)
    await rt.wx.startLocationUpdateBackground({}).catch(() => undefined)
    const { authSetting } = await rt.wx.getSetting()
    expect((authSetting as Record<string, boolean>)[BG]).toBe(false) // the typings' AuthSetting lacks this key (research §1.4)
  })

  test('the user picks "使用小程序期间和离开小程序后" in the settings page → both scopes true, updates start', async () => {
    const rt = createRuntime({ ...withBackgroundMode, scenario: 'granted', scopes: [FG], user: { settings: { [BG]: true } } })
    await rt.wx.startLocationUpdateBackground({}).catch(() => undefined)
    const { authSetting } = await rt.tap(() => rt.wx.openSetting())
    expect(authSetting).toMatchObject({ [FG]: true, [BG]: true })
    const fixes: unknown[] = []
    rt.wx.onLocationChange((f) => fixes.push(f))
    await expect(rt.wx.startLocationUpdateBackground({})).resolves.toEqual({ errMsg: 'startLocationUpdateBackground:ok' })
    await rt.device.moveTo({ latitude: 30, longitude: 120 })
    expect(fixes).toHaveLength(2)
  })

  test('without requiredBackgroundModes the option is not offered: the switch is ignored and the call fails auth deny', async () => {
    const rt = createRuntime({ scenario: 'granted', scopes: [FG], user: { settings: { [BG]: true } } })
    await rt.tap(() => rt.wx.openSetting())
    expect(rt.auth.get(BG)).toBe('undetermined')
    expect(rt.timeline()).toContain("no requiredBackgroundModes: ['location']")
    await expect(rt.wx.startLocationUpdateBackground({})).rejects.toEqual(DENY)
  })

  test('…even when the store says granted: the app.json declaration is checked too (research §7.3 M)', async () => {
    const rt = createRuntime({ scenario: { auth: { [FG]: 'granted', [BG]: 'granted' } } })
    await expect(rt.wx.startLocationUpdateBackground({})).rejects.toEqual(DENY)
  })

  test('a location never asked has no location item: the background switch is ignored', () => {
    const rt = createRuntime(withBackgroundMode)
    rt.user.changeSettings({ [BG]: true })
    expect(rt.auth.get(BG)).toBe('undetermined')
    expect(rt.auth.get(FG)).toBe('undetermined')
  })
})

describe("the settings page's three-way location item", () => {
  const both = { ...withBackgroundMode, scenario: { auth: { [FG]: 'granted', [BG]: 'granted' } } } satisfies RuntimeOptions

  test('不允许: location off turns background off too', () => {
    const rt = createRuntime(both)
    rt.user.changeSettings({ [FG]: false })
    expect([rt.auth.get(FG), rt.auth.get(BG)]).toEqual(['denied', 'denied'])
  })

  test('仅在使用小程序期间: background off keeps location on', () => {
    const rt = createRuntime(both)
    rt.user.changeSettings({ [BG]: false })
    expect([rt.auth.get(FG), rt.auth.get(BG)]).toEqual(['granted', 'denied'])
  })

  test('使用小程序期间和离开小程序后 from 不允许: both on', () => {
    const rt = createRuntime({ ...withBackgroundMode, scenario: { auth: { [FG]: 'denied', [BG]: 'denied' } } })
    rt.user.changeSettings({ [BG]: true })
    expect([rt.auth.get(FG), rt.auth.get(BG)]).toEqual(['granted', 'granted'])
  })

  test('switching background off drops running background updates to foreground ones; location off stops them', async () => {
    const rt = createRuntime(both)
    const fixes: unknown[] = []
    rt.wx.onLocationChange((f) => fixes.push(f))
    await rt.wx.startLocationUpdateBackground({})
    rt.user.changeSettings({ [BG]: false })
    expect(rt.timeline()).toContain('background location updates stopped: foreground updates go on')
    await rt.device.moveTo({ latitude: 30, longitude: 120 })
    expect(fixes).toHaveLength(2)
    rt.user.changeSettings({ [FG]: false })
    await rt.device.moveTo({ latitude: 31, longitude: 121 })
    expect(fixes).toHaveLength(2)
  })
})
