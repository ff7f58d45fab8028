// wx.openSetting (spec §2.8). https://developers.weixin.qq.com/miniprogram/dev/api/open-api/setting/wx.openSetting.html
// "设置界面只会出现小程序已经向用户请求过的权限" (H); success when the user comes back, with the new authSetting.
// The tap rule is tested in gestures/tap.test.ts; here every call is made from rt.tap.
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

const WITHDRAWN = { 'scope.address': true, 'scope.invoice': true, 'scope.invoiceTitle': true, 'scope.userInfo': true }

describe('wx.openSetting', () => {
  test('the settings page lists only scopes asked before, with their switches', async () => {
    const rt = createRuntime({
      scenario: { auth: { 'scope.userLocation': 'granted', 'scope.camera': 'denied' } },
      onUnansweredPrompt: 'wait',
    })
    const call = rt.tap(() => rt.wx.openSetting())
    const page = await rt.user.nextPrompt()
    expect(page.kind).toBe('settings')
    expect(page.api).toBe('openSetting')
    expect(page.details).toEqual({ authSetting: { 'scope.userLocation': true, 'scope.camera': false } })
    page.respond({})
    await expect(call).resolves.toEqual({
      errMsg: 'openSetting:ok',
      authSetting: { ...WITHDRAWN, 'scope.userLocation': true, 'scope.camera': false },
    })
  })

  test("applies the user's toggles and resolves with the new authSetting", async () => {
    const rt = createRuntime({
      scenario: { auth: { 'scope.userLocation': 'granted', 'scope.camera': 'denied' } },
      user: { settings: { 'scope.camera': true, 'scope.userLocation': false } },
    })
    const res = await rt.tap(() => rt.wx.openSetting())
    expect(res).toEqual({ errMsg: 'openSetting:ok', authSetting: { ...WITHDRAWN, 'scope.userLocation': false, 'scope.camera': true } })
    expect(rt.auth.get('scope.camera')).toBe('granted')
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
  })

  test('a switch off stores false, not undefined; coming back without changes keeps everything', async () => {
    const rt = createRuntime({ scenario: 'granted', scopes: ['scope.record'], user: { settings: {} } })
    expect((await rt.tap(() => rt.wx.openSetting())).authSetting['scope.record']).toBe(true)
    rt.user.answer({ settings: { 'scope.record': false } })
    const { authSetting } = await rt.tap(() => rt.wx.openSetting())
    expect(Object.hasOwn(authSetting, 'scope.record')).toBe(true)
    expect(authSetting['scope.record']).toBe(false)
  })

  test('a switch for a scope never asked is not on the page: it is ignored', async () => {
    const rt = createRuntime({ user: { settings: { 'scope.record': true } } })
    const { authSetting } = await rt.tap(() => rt.wx.openSetting())
    expect(authSetting).toEqual(WITHDRAWN)
    expect(rt.auth.get('scope.record')).toBe('undetermined')
    expect(rt.timeline()).toContain('scope.record is not listed')
  })

  test('a switch turned on means later calls succeed with no dialog', async () => {
    const rt = createRuntime({ scenario: 'denied-once', user: { settings: { 'scope.userLocation': true } } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
    await rt.tap(() => rt.wx.openSetting())
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['settings'])
  })

  test('a settings answer may be a function of the page: it sees the listed switches', async () => {
    const rt = createRuntime({
      scenario: 'denied-once',
      scopes: ['scope.camera', 'scope.record'],
      // Turn on everything the page shows.
      user: { settings: (page) => Object.fromEntries(Object.keys(page.details.authSetting).map((s) => [s, true])) },
    })
    const { authSetting } = await rt.tap(() => rt.wx.openSetting())
    expect(authSetting).toEqual({ ...WITHDRAWN, 'scope.camera': true, 'scope.record': true })
  })

  test('withSubscriptions: true adds subscriptionsSetting', async () => {
    const rt = createRuntime({ user: { settings: {} } })
    await expect(rt.tap(() => rt.wx.openSetting({ withSubscriptions: true }))).resolves.toMatchObject({
      subscriptionsSetting: { mainSwitch: true },
    })
    expect(await rt.tap(() => rt.wx.openSetting())).not.toHaveProperty('subscriptionsSetting')
  })

  test('leaving for the settings page hides the mini program and coming back shows it (spec §2.11)', async () => {
    const rt = createRuntime({ scenario: 'denied-once', onUnansweredPrompt: 'wait' })
    const call = rt.tap(() => rt.wx.openSetting())
    const page = await rt.user.nextPrompt()
    const events = () => rt.trace.filter((e) => e.type === 'event').map((e) => (e as { name: string }).name)
    expect(events()).toEqual(['onAppHide'])
    page.respond({ 'scope.userLocation': true })
    await call
    expect(events()).toEqual(['onAppHide', 'onAppShow'])
    const kinds = rt.trace.filter((e) => !('history' in e && e.history)).map((e) => (e.type === 'event' ? e.name : e.type))
    // The switch changes while the app is hidden; the call succeeds after it is shown again.
    expect(kinds.slice(kinds.indexOf('onAppHide'))).toEqual(['onAppHide', 'prompt', 'answer', 'auth', 'onAppShow', 'result'])
  })

  test('the recovery flow of the seed: denied-once → modal confirm → openSetting from the modal → getLocation succeeds', async () => {
    const rt = createRuntime({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    const wx = rt.wx
    await expect(wx.authorize({ scope: 'scope.userLocation' })).rejects.toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    const res = await new Promise<WechatMiniprogram.OpenSettingSuccessCallbackResult>((resolve, reject) =>
      wx.showModal({ title: 't', content: 'c', success: () => wx.openSetting({ success: resolve, fail: reject }) }),
    )
    expect(res.authSetting['scope.userLocation']).toBe(true)
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
    await expect(wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test("withdrawn scopes have no switch on the page, even once 'once-used' stored them: they stay true (research §4.3 H, §1.4)", async () => {
    const rt = createRuntime({ withdrawnScopes: 'once-used', scenario: 'denied-once', scopes: ['scope.camera'], onUnansweredPrompt: 'wait' })
    await rt.wx.authorize({ scope: 'scope.address' })
    const call = rt.tap(() => rt.wx.openSetting())
    const page = await rt.user.nextPrompt()
    expect(page.details).toEqual({ authSetting: { 'scope.camera': false } })
    page.respond({ 'scope.address': false })
    await expect(call).resolves.toEqual({ errMsg: 'openSetting:ok', authSetting: { 'scope.camera': false, 'scope.address': true } })
    expect(rt.auth.get('scope.address')).toBe('granted')
    expect(rt.timeline()).toContain('scope.address is not listed (withdrawn')
  })

  test('withSubscriptions needs base library 2.10.3: before it the option is ignored (typings "需要基础库 2.10.3", research §1.5 H)', async () => {
    const call = (SDKVersion: string) => {
      const rt = createRuntime({ SDKVersion, user: { settings: {} } })
      return rt.tap(() => rt.wx.openSetting({ withSubscriptions: true }))
    }
    expect(await call('2.10.2')).not.toHaveProperty('subscriptionsSetting')
    expect(await call('2.10.3')).toHaveProperty('subscriptionsSetting', { mainSwitch: true })
  })

  test('withSubscriptions of the wrong type → parameter error (research §2.4)', async () => {
    const rt = createRuntime()
    await expect(rt.tap(() => rt.wx.openSetting({ withSubscriptions: 1 } as never))).rejects.toEqual({
      errMsg: 'openSetting:fail parameter error: parameter.withSubscriptions should be Boolean instead of Number;',
      errno: 1001,
    })
  })
})
