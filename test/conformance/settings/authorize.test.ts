// wx.authorize and the flowchart of the seed (spec §2.1–2.6).
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/authorize/wx.authorize.html
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/authorize.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

const LOCATION = 'scope.userLocation'

describe('wx.authorize on a scope never asked (spec §2.2; research §1.3 H)', () => {
  test('shows the permission dialog; allow → authorize:ok and the scope is stored as granted', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    await expect(rt.wx.authorize({ scope: LOCATION })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(rt.prompts).toEqual([{ kind: 'authorize', scope: LOCATION, api: 'authorize', answer: 'allow' }])
    expect(rt.auth.get(LOCATION)).toBe('granted')
    expect(rt.auth.authSetting()[LOCATION]).toBe(true)
  })

  test('deny → authorize:fail auth deny (errno 103) and the scope is stored as denied (false)', async () => {
    const rt = createRuntime({ user: { authorize: 'deny' } })
    await expect(rt.wx.authorize({ scope: LOCATION })).rejects.toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    expect(rt.prompts).toHaveLength(1)
    expect(rt.auth.get(LOCATION)).toBe('denied')
    expect(rt.auth.authSetting()[LOCATION]).toBe(false)
  })

  test('the dialog carries the app.json permission desc of a location scope (research §7.1)', async () => {
    const desc = '你的位置信息将用于小程序位置接口的效果展示'
    const rt = createRuntime({ onUnansweredPrompt: 'wait', appJson: { permission: { [LOCATION]: { desc } } } })
    const call = rt.wx.authorize({ scope: LOCATION })
    const prompt = await rt.user.nextPrompt()
    expect(prompt).toMatchObject({ kind: 'authorize', scope: LOCATION, api: 'authorize', details: { scope: LOCATION, api: 'authorize', desc } })
    prompt.respond('allow')
    await expect(call).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  test('it never calls the guarded API itself ("不会实际调用对应接口")', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    await rt.wx.authorize({ scope: LOCATION })
    expect(rt.trace.filter((e) => e.type === 'call').map((e) => (e as { api: string }).api)).toEqual(['authorize'])
    expect(rt.trace.some((e) => e.type === 'device')).toBe(false)
  })
})

describe('wx.authorize on a scope already decided (spec §2.3–2.4)', () => {
  test('granted → authorize:ok at once, no dialog', async () => {
    // No standing answer: a dialog would reject with UnansweredPromptError.
    const rt = createRuntime({ scenario: 'granted' })
    await expect(rt.wx.authorize({ scope: LOCATION })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(rt.prompts).toEqual([])
  })

  test('denied → fails at once with no dialog, every time: the refusal lasts until the settings page', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    for (let i = 0; i < 3; i++) {
      await expect(rt.wx.authorize({ scope: LOCATION })).rejects.toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    }
    expect(rt.prompts).toEqual([])
    expect(rt.auth.get(LOCATION)).toBe('denied')
  })

  test('iOS has been seen answering a repeat authorize with "-12006": a dialect option, the dialog refusal keeps "auth deny" (research §1.3 M)', async () => {
    const again = '系统错误,错误码:-12006,auth deny'
    const rt = createRuntime({ user: { authorize: 'deny' }, dialect: { authorizeAlreadyDenied: again } })
    await expect(rt.wx.authorize({ scope: LOCATION })).rejects.toMatchObject({ errMsg: 'authorize:fail auth deny' })
    await expect(rt.wx.authorize({ scope: LOCATION })).rejects.toMatchObject({ errMsg: `authorize:fail ${again}`, errno: 103 })
  })

  test('the denial wording is data: dialect { authDeny: ":auth denied" } → "authorize:fail:auth denied" (research §2.1)', async () => {
    const rt = createRuntime({ scenario: 'denied-once', dialect: { authDeny: ':auth denied' } })
    await expect(rt.wx.authorize({ scope: LOCATION })).rejects.toMatchObject({ errMsg: 'authorize:fail:auth denied' })
  })

  test('errno can be left out, as on clients that have not adopted PublicErrno yet', async () => {
    const rt = createRuntime({ scenario: 'denied-once', dialect: { includeErrno: false } })
    await expect(rt.wx.authorize({ scope: LOCATION })).rejects.toEqual({ errMsg: 'authorize:fail auth deny' })
  })
})

describe('wx.authorize on special scopes', () => {
  test('withdrawn scopes (scope.userInfo, scope.address) → authorize:ok with no dialog (research §1.3, §4.3 H)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.authorize({ scope: 'scope.userInfo' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    await expect(rt.wx.authorize({ scope: 'scope.address' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(rt.prompts).toEqual([])
  })

  test('scope.userLocationBackground never shows a dialog ("不会弹窗提醒用户"): auth deny until the settings page grants it (research §4.1)', async () => {
    const rt = createRuntime({ appJson: { requiredBackgroundModes: ['location'] } })
    await expect(rt.wx.authorize({ scope: 'scope.userLocationBackground' })).rejects.toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    expect(rt.prompts).toEqual([])
    rt.auth.set('scope.userLocation', 'granted')
    rt.user.changeSettings({ 'scope.userLocationBackground': true })
    await expect(rt.wx.authorize({ scope: 'scope.userLocationBackground' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  test('an unknown scope → authorize:fail invalid scope, no dialog, nothing stored (research §1.3 M)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.authorize({ scope: 'scope.nonsense' })).rejects.toEqual({ errMsg: 'authorize:fail invalid scope' })
    // Several scopes at once are not supported either (research §1.3 notes).
    await expect(rt.wx.authorize({ scope: 'scope.record,scope.camera' })).rejects.toEqual({ errMsg: 'authorize:fail invalid scope' })
    expect(rt.prompts).toEqual([])
    expect(rt.auth.authSetting()).not.toHaveProperty('scope.nonsense')
  })
})

describe('wx.authorize with bad parameters → parameter error, never a crash or a success (research §2.4)', () => {
  test('scope missing → parameter.scope should be String instead of Undefined; errno 1001', async () => {
    const rt = createRuntime()
    const expected = { errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Undefined;', errno: 1001 }
    await expect(rt.wx.authorize({} as never)).rejects.toEqual(expected)
    await expect((rt.wx.authorize as () => Promise<unknown>)()).rejects.toEqual(expected)
  })

  test('scope of the wrong type → should be String instead of Number / Null', async () => {
    const rt = createRuntime()
    await expect(rt.wx.authorize({ scope: 1 } as never)).rejects.toMatchObject({
      errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Number;',
    })
    await expect(rt.wx.authorize({ scope: null } as never)).rejects.toMatchObject({
      errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Null;',
    })
  })

  test('options that are not an object → parameter error through fail, not a throw', async () => {
    const rt = createRuntime()
    let result: unknown
    let call: Promise<unknown> | undefined
    expect(() => (call = (rt.wx.authorize as (o: unknown) => Promise<unknown>)('scope.userLocation'))).not.toThrow()
    await expect(call).rejects.toMatchObject({
      errMsg: 'authorize:fail parameter error: parameter should be Object instead of String;',
    })
    rt.wx.authorize({ scope: 7 as never, fail: (r) => (result = r) })
    await rt.settle()
    expect(result).toMatchObject({ errMsg: expect.stringMatching(/^authorize:fail parameter error/), errno: 1001 })
    expect(rt.prompts).toEqual([])
  })
})

describe('a guarded API called directly (spec §2.5–2.6; authorize.html "此类接口调用时" H)', () => {
  test('never asked → the same dialog first; allowed → the API runs', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts).toEqual([{ kind: 'authorize', scope: LOCATION, api: 'getLocation', answer: 'allow' }])
    expect(rt.auth.get(LOCATION)).toBe('granted')
  })

  test('never asked → dialog; refused → <api>:fail auth deny and the scope is denied', async () => {
    const rt = createRuntime({ user: { authorize: 'deny' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    expect(rt.auth.get(LOCATION)).toBe('denied')
  })

  test('denied → <api>:fail auth deny at once, no dialog ("直接进入接口 fail 回调")', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    await expect(rt.wx.startLocationUpdate({})).rejects.toEqual({ errMsg: 'startLocationUpdate:fail auth deny', errno: 103 })
    expect(rt.prompts).toEqual([])
  })

  test('granted → the API runs with no dialog', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts).toEqual([])
  })

  test('authorize first, then the API: one dialog in all', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    await rt.wx.authorize({ scope: LOCATION })
    await rt.wx.getLocation({})
    await rt.wx.getLocation({ type: 'gcj02' })
    expect(rt.prompts).toHaveLength(1)
  })
})
