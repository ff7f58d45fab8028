import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'

// research.md §5 "System (app-level) authorization" and §2.2; the OS layer is device/os-permissions.ts.

describe('wx.getAppAuthorizeSetting (2.20.1, synchronous; research.md §5, H)', () => {
  test('a phone that allowed WeChat everything reports every permission authorized (iOS fields included)', () => {
    const rt = createRuntime({ platform: 'ios' })
    expect(rt.wx.getAppAuthorizeSetting()).toEqual({
      albumAuthorized: 'authorized',
      bluetoothAuthorized: 'authorized',
      cameraAuthorized: 'authorized',
      locationAuthorized: 'authorized',
      locationReducedAccuracy: false,
      microphoneAuthorized: 'authorized',
      notificationAuthorized: 'authorized',
      notificationAlertAuthorized: 'authorized',
      notificationBadgeAuthorized: 'authorized',
      notificationSoundAuthorized: 'authorized',
      phoneCalendarAuthorized: 'authorized',
    })
  })

  test('Android leaves out the "仅 iOS 有效" fields, and bluetoothAuthorized below base library 3.5.0', () => {
    const rt = createRuntime({ platform: 'android', SDKVersion: '3.4.0' })
    const setting = rt.wx.getAppAuthorizeSetting()
    expect(setting).not.toHaveProperty('albumAuthorized')
    expect(setting).not.toHaveProperty('locationReducedAccuracy')
    expect(setting).not.toHaveProperty('notificationAlertAuthorized')
    expect(setting).not.toHaveProperty('bluetoothAuthorized')
    expect(createRuntime({ platform: 'android', SDKVersion: '3.5.0' }).wx.getAppAuthorizeSetting()).toHaveProperty('bluetoothAuthorized')
  })

  test('rt.device.os.set changes what it reports in one line, and the trace records it', () => {
    const rt = createRuntime({ os: { camera: 'denied' } })
    rt.device.os.set({ location: 'denied', locationReducedAccuracy: true })
    expect(rt.wx.getAppAuthorizeSetting()).toMatchObject({ cameraAuthorized: 'denied', locationAuthorized: 'denied', locationReducedAccuracy: true })
    expect(rt.timeline()).toContain('device  os.location "denied"')
  })

  test("'not determined' exists on iOS only (\"仅 iOS 会出现\"): asking for it on Android is a test error", () => {
    expect(() => createRuntime({ platform: 'android', os: { location: 'not determined' } })).toThrow(FakeWxError)
    expect(() => createRuntime({ platform: 'android', os: { locationReducedAccuracy: true } })).toThrow(/iOS only/)
    expect(() => createRuntime({ os: { location: 'nope' as never } })).toThrow(/'authorized', 'denied' or 'not determined'/)
  })
})

describe('the OS layer after the scope layer (research.md §5 "two independent layers", §8.7, H)', () => {
  test('scope granted in WeChat, OS denied (iOS): getLocation fails "system permission denied", authSetting still says true', async () => {
    const rt = createRuntime({ scenario: 'granted', os: { location: 'denied' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail system permission denied', errno: 3 })
    expect((await rt.wx.getSetting()).authSetting['scope.userLocation']).toBe(true)
  })

  test('Android words it with a colon and errCode -2 (decompiled JsApiGetLocation, research.md §2.2, H)', async () => {
    const rt = createRuntime({ platform: 'android', scenario: 'granted', os: { location: 'denied' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail:system permission denied', errno: 3, errCode: -2 })
  })

  test('the scope layer answers first: a denied scope fails "auth deny" whatever the OS says', async () => {
    const rt = createRuntime({ scenario: 'denied-once', os: { location: 'denied' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
  })

  test('a never-asked scope still shows WeChat\'s dialog; allowed, the OS then refuses', async () => {
    const rt = createRuntime({ os: { location: 'denied' }, user: { authorize: 'allow' } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail system permission denied' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize'])
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
  })

  test('every location API checks it (getFuzzyLocation, startLocationUpdate)', async () => {
    const rt = createRuntime({ scenario: 'granted', os: { location: 'denied' } })
    const fuzzy = await new Promise((resolve) => rt.wx.getFuzzyLocation({ fail: resolve }))
    expect(fuzzy).toMatchObject({ errMsg: 'getFuzzyLocation:fail system permission denied' })
    await expect(rt.wx.startLocationUpdate({})).rejects.toMatchObject({ errMsg: 'startLocationUpdate:fail system permission denied' })
  })

  test('wx.authorize does not touch the OS layer when the OS already decided: authorize:ok with the OS denied', async () => {
    const rt = createRuntime({ os: { location: 'denied' }, user: { authorize: 'allow' } })
    await expect(rt.wx.authorize({ scope: 'scope.userLocation' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })
})

describe("iOS double dialog while WeChat's OS permission is 'not determined' (research.md §1.2, M)", () => {
  test('first getLocation: WeChat\'s dialog, then the iOS dialog; both allowed → the fix', async () => {
    const rt = createRuntime({ platform: 'ios', scenario: 'os-not-determined', user: { authorize: 'allow', osPermission: 'allow' } })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize', 'osPermission'])
    expect(rt.device.os.get('location')).toBe('authorized')
  })

  test('refused in the iOS dialog: the API fails with the system text, the WeChat scope stays granted, and iOS never asks again', async () => {
    const rt = createRuntime({ platform: 'ios', scenario: 'os-not-determined', user: { authorize: 'allow', osPermission: 'deny' } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail system permission denied' })
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
    expect(rt.wx.getAppAuthorizeSetting().locationAuthorized).toBe('denied')
    rt.clock.advance(60_000)
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail system permission denied' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize', 'osPermission'])
  })

  test('wx.authorize shows both dialogs too ("wx.authorize调取录音权限真机上会弹出两次弹窗") and still succeeds', async () => {
    const rt = createRuntime({ platform: 'ios', scenario: 'os-not-determined', user: { authorize: 'allow', osPermission: 'deny' } })
    await expect(rt.wx.authorize({ scope: 'scope.record' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(rt.prompts.map((p) => `${p.kind}:${p.api}`)).toEqual(['authorize:authorize', 'osPermission:authorize'])
    expect(rt.device.os.get('microphone')).toBe('denied')
  })
})

describe('wx.authorize on a scope granted before: "不会出现弹窗，直接返回成功" (wx.authorize doc, research §1.3 H)', () => {
  test('no iOS dialog either, even while the OS permission is not determined: it is asked when the API runs', async () => {
    const rt = createRuntime({ platform: 'ios', scenario: ['granted', 'os-not-determined'], user: { osPermission: 'allow' } })
    await expect(rt.wx.authorize({ scope: 'scope.record' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(rt.prompts).toEqual([])
    expect(rt.device.os.get('microphone')).toBe('not determined')
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts.map((p) => `${p.kind}:${p.api}`)).toEqual(['osPermission:getLocation'])
  })
})

describe('wx.openAppAuthorizeSetting (2.20.1; "跳转系统微信授权管理页", research.md §5)', () => {
  test("the user changes WeChat's permissions in the phone's Settings; back in the app, the API works", async () => {
    const rt = createRuntime({ scenario: ['granted', 'os-denied'], user: { appAuthorizeSetting: { location: 'authorized' } } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail system permission denied' })
    await expect(rt.wx.openAppAuthorizeSetting()).resolves.toEqual({ errMsg: 'openAppAuthorizeSetting:ok' })
    expect(rt.prompts.at(-1)).toMatchObject({ kind: 'appAuthorizeSetting', answer: { location: 'authorized' } })
    // Leaving WeChat for the phone's Settings hides the mini program; coming back shows it.
    expect(rt.timeline()).toMatch(/event +onAppHide[\s\S]*prompt +appAuthorizeSetting[\s\S]*event +onAppShow/)
    expect(rt.wx.getAppAuthorizeSetting()).toMatchObject({ locationAuthorized: 'authorized', cameraAuthorized: 'denied' })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('the page is a prompt like any other: unanswered, the test is told how to script it', async () => {
    const rt = createRuntime()
    await expect(rt.wx.openAppAuthorizeSetting()).rejects.toThrow(/appAuthorizeSetting/)
  })
})
