// wx.getSetting (spec §2.7). https://developers.weixin.qq.com/miniprogram/dev/api/open-api/setting/wx.getSetting.html
// "返回值中只会出现小程序已经向用户请求过的权限" (H).
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

/**
 * The withdrawn scopes read true on a fresh user: typings "已取消此项授权，会默认返回true" (T:751-760);
 * scope.userInfo since 2021-04-28 ([USERINFO-2021], research §1.4). A mini game's getSetting captured at its
 * start screen (public code, WeChatWASM UIMenuWindow) shows {"scope.address":true,"scope.invoice":true,
 * "scope.invoiceTitle":true} before any of those APIs ran, so 'always' is the default.
 */
const WITHDRAWN = { 'scope.address': true, 'scope.invoice': true, 'scope.invoiceTitle': true, 'scope.userInfo': true }

describe('wx.getSetting', () => {
  test('a fresh user: no asked scope, only the withdrawn scopes as true', async () => {
    const rt = createRuntime()
    await expect(rt.wx.getSetting()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: WITHDRAWN })
  })

  test('lists asked scopes only, tri-state: true granted, false denied, key absent never asked (research §1.1)', async () => {
    const rt = createRuntime({ user: { authorize: { 'scope.userLocation': 'allow', 'scope.camera': 'deny' } } })
    await rt.wx.authorize({ scope: 'scope.userLocation' })
    await rt.wx.authorize({ scope: 'scope.camera' }).catch(() => undefined)
    const { authSetting } = await rt.wx.getSetting()
    expect(authSetting).toEqual({ ...WITHDRAWN, 'scope.userLocation': true, 'scope.camera': false })
    expect(Object.hasOwn(authSetting, 'scope.record')).toBe(false)
    expect(Object.hasOwn(authSetting, 'scope.userLocationBackground')).toBe(false)
  })

  test('without withSubscriptions there is no subscriptionsSetting key', async () => {
    const rt = createRuntime()
    const res = await rt.wx.getSetting({ withSubscriptions: false })
    expect(res).not.toHaveProperty('subscriptionsSetting')
  })

  test('withSubscriptions: true adds subscriptionsSetting (a fresh user: mainSwitch on, no itemSettings)', async () => {
    const rt = createRuntime()
    const res = await rt.wx.getSetting({ withSubscriptions: true })
    expect(res.subscriptionsSetting).toEqual({ mainSwitch: true })
    expect(res.authSetting).toEqual(WITHDRAWN)
  })

  test('withSubscriptions needs base library 2.10.1: before it the option is ignored (typings "需要基础库 2.10.1", research §1.4 H)', async () => {
    const call = (SDKVersion: string) =>
      new Promise<object>((resolve) => createRuntime({ SDKVersion }).wx.getSetting({ withSubscriptions: true, success: resolve }))
    expect(await call('2.10.0')).not.toHaveProperty('subscriptionsSetting')
    expect(await call('2.10.1')).toHaveProperty('subscriptionsSetting', { mainSwitch: true })
  })

  test("withdrawnScopes: 'once-used' lists a withdrawn scope only after its API was used (research §1.4 '?')", async () => {
    const rt = createRuntime({ withdrawnScopes: 'once-used' })
    await expect(rt.wx.getSetting()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: {} })
    await rt.wx.authorize({ scope: 'scope.address' })
    await expect(rt.wx.getSetting()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: { 'scope.address': true } })
  })

  test('a withdrawn scope cannot be set to denied by a test: getSetting never reports it false (typings "会默认返回true", H)', () => {
    for (const withdrawnScopes of ['always', 'once-used'] as const) {
      const rt = createRuntime({ withdrawnScopes })
      expect(() => rt.auth.set('scope.address', 'denied')).toThrow(/scope\.address cannot be denied/)
      expect(rt.auth.authSetting()['scope.address']).not.toBe(false)
    }
    const game = createRuntime({ appType: 'minigame' })
    game.auth.set('scope.userInfo', 'denied') // mini games keep scope.userInfo
    expect(game.auth.authSetting()['scope.userInfo']).toBe(false)
  })

  test('agrees with rt.auth.authSetting(), and hands out a copy: mutating it changes nothing', async () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.camera'] })
    const { authSetting } = await rt.wx.getSetting()
    expect(authSetting).toEqual(rt.auth.authSetting())
    ;(authSetting as Record<string, boolean>)['scope.camera'] = true
    expect(rt.auth.get('scope.camera')).toBe('denied')
    expect((await rt.wx.getSetting()).authSetting['scope.camera']).toBe(false)
  })

  test('follows rt.auth.set at once', async () => {
    const rt = createRuntime()
    rt.auth.set('scope.record', 'denied')
    expect((await rt.wx.getSetting()).authSetting['scope.record']).toBe(false)
    rt.auth.set('scope.record', 'undetermined')
    expect((await rt.wx.getSetting()).authSetting).not.toHaveProperty('scope.record')
  })

  test('shows no prompt and needs no tap', async () => {
    const rt = createRuntime()
    await rt.wx.getSetting()
    expect(rt.prompts).toEqual([])
  })

  test('withSubscriptions of the wrong type → parameter error, errno 1001 (research §2.4)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.getSetting({ withSubscriptions: 'yes' } as never)).rejects.toEqual({
      errMsg: 'getSetting:fail parameter error: parameter.withSubscriptions should be Boolean instead of String;',
      errno: 1001,
    })
  })
})
