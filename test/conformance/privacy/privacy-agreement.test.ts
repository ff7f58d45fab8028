import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'

// The privacy agreement, base library ≥ 2.32.3: [PRIV] https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
// and the typings' pages for wx.getPrivacySetting / onNeedPrivacyAuthorization / requirePrivacyAuthorize (research.md §6).

type Resolve = (arg: { event: string; buttonId?: string }) => void
type Listener = (resolve: Resolve, eventInfo: { referrer: string }) => void
/** The typings give the listener one parameter; apps cast, as this does. */
const onNeedPrivacy = (wx: { onNeedPrivacyAuthorization(l: never): void }, listener: Listener) => wx.onNeedPrivacyAuthorization(listener as never)

describe('default: every type declared and already agreed (so tests about other things see no privacy popup)', () => {
  test('getPrivacySetting: needAuthorization false; privacy APIs run without any popup', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const res = await new Promise((resolve) => rt.wx.getPrivacySetting({ success: resolve }))
    expect(res).toEqual({ errMsg: 'getPrivacySetting:ok', needAuthorization: false, privacyContractName: '《小程序隐私保护指引》' })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts).toEqual([])
  })
})

// Below base library 3.4.2 the popup also shows before a scope dialog; from 3.4.2 that dialog carries a checkbox instead
// (privacy-checkbox.test.ts), so these tests pin the base library that shows the popup for getLocation's first use.
const POPUP_ERA = '3.4.1'

describe('no onNeedPrivacyAuthorization listener: the official popup (since 2023-10-17, research.md §6.1)', () => {
  test('agree → the held API goes on (then the scope dialog); consent is remembered', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', SDKVersion: POPUP_ERA, user: { privacy: 'agree', authorize: 'allow' } })
    expect(rt.privacy.needAuthorization).toBe(true)
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy', 'authorize'])
    expect(rt.prompts[0]).toMatchObject({ api: 'getLocation' })
    expect(rt.privacy.needAuthorization).toBe(false)
  })

  test('disagree → "<api>:fail privacy permission is not authorized", errno 104; the scope is never asked', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', SDKVersion: POPUP_ERA, user: { privacy: 'disagree' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 })
    expect(rt.auth.authSetting()).not.toHaveProperty('scope.userLocation')
  })

  test('within 10 s of a refusal no popup shows and the call fails at once; after 10 s it shows again', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', SDKVersion: POPUP_ERA, user: { privacy: 'disagree' } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errno: 104 })
    rt.clock.advance(9_999)
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errno: 104 })
    expect(rt.prompts).toHaveLength(1)
    rt.clock.advance(1)
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errno: 104 })
    expect(rt.prompts).toHaveLength(2)
  })

  test('wx.authorize on a privacy scope is a privacy API too ("wx.authorize({scope:\'scope.userLocation\'})")', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', SDKVersion: POPUP_ERA, user: { privacy: 'disagree' } })
    await expect(rt.wx.authorize({ scope: 'scope.userLocation' })).rejects.toEqual({
      errMsg: 'authorize:fail privacy permission is not authorized',
      errno: 104,
    })
  })

  test('APIs that touch no personal data are never held (getSetting, showModal)', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { modal: 'confirm' } })
    await expect(rt.wx.getSetting()).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
    await expect(rt.wx.showModal({ title: 't', content: 'c' })).resolves.toMatchObject({ confirm: true })
  })
})

describe('wx.onNeedPrivacyAuthorization (research.md §6.2, H)', () => {
  test('the held call stays pending until resolve; eventInfo.referrer names the API', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    const events: { resolve: Resolve; referrer: string }[] = []
    onNeedPrivacy(rt.wx, (resolve, { referrer }) => events.push({ resolve, referrer }))
    let settled = false
    const call = rt.wx.getLocation({}).finally(() => (settled = true))
    await rt.settle()
    expect(events.map((e) => e.referrer)).toEqual(['getLocation'])
    expect(settled).toBe(false)
    expect(rt.privacy.held).toEqual(['getLocation'])
    rt.privacy.tapAgreeButton('agree-btn')
    events[0]!.resolve({ event: 'agree', buttonId: 'agree-btn' })
    await expect(call).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.privacy.held).toEqual([])
  })

  test('eventInfo.referrer is a bare API or component name ("getUserProfile", "button.getPhoneNumber", typings H): camera, createVKSession', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    const referrers: string[] = []
    onNeedPrivacy(rt.wx, (resolve, { referrer }) => (referrers.push(referrer), resolve({ event: 'disagree' })))
    await rt.mountComponent('camera', {}).ready
    rt.wx.createVKSession({ track: { plane: { mode: 1 } } }).start(() => {})
    await rt.settle()
    expect(referrers).toEqual(['camera', 'createVKSession'])
  })

  test('"覆盖式注册监听": only the last registered listener fires', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    const fired: string[] = []
    onNeedPrivacy(rt.wx, (resolve) => (fired.push('page A'), resolve({ event: 'disagree' })))
    onNeedPrivacy(rt.wx, (resolve) => (fired.push('page B'), resolve({ event: 'disagree' })))
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errno: 104 })
    expect(fired).toEqual(['page B'])
  })

  test("resolve({ event: 'disagree' }) fails the held call with 104; no 10 s rule for the app's own popup", async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    let count = 0
    onNeedPrivacy(rt.wx, (resolve) => (count++, resolve({ event: 'disagree' })))
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errno: 104 })
    expect(count).toBe(2)
  })

  test('"基础库会检查对应的同意按钮是否被点击过": agree with a button never tapped fails the call (104, "?")', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    onNeedPrivacy(rt.wx, (resolve) => resolve({ event: 'agree', buttonId: 'agree-btn' }))
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errno: 104 })
    expect(rt.timeline()).toContain('without a tapped agreePrivacyAuthorization button')
  })

  test("'exposureAuthorization' only reports the app's popup: the call stays held", async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    let resolveLater: Resolve | undefined
    onNeedPrivacy(rt.wx, (resolve) => {
      resolve({ event: 'exposureAuthorization' })
      resolveLater = resolve
    })
    const call = rt.wx.getLocation({})
    await rt.settle()
    expect(rt.privacy.held).toEqual(['getLocation'])
    resolveLater!({ event: 'disagree' })
    await expect(call).rejects.toMatchObject({ errno: 104 })
  })

  test('each held call fires its own event (official demo2, "多个隐私接口同时调用"; L/M)', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    const pending: Resolve[] = []
    onNeedPrivacy(rt.wx, (resolve) => pending.push(resolve))
    const a = rt.wx.getLocation({})
    const b = rt.wx.startLocationUpdate({})
    await rt.settle()
    expect(pending).toHaveLength(2)
    rt.privacy.tapAgreeButton('agree-btn')
    for (const resolve of pending) resolve({ event: 'agree', buttonId: 'agree-btn' })
    await expect(a).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    await expect(b).resolves.toMatchObject({ errMsg: 'startLocationUpdate:ok' })
  })

  test('after consent the listener is not called again ("如果用户已经同意过隐私协议，则不会再触发")', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    let count = 0
    onNeedPrivacy(rt.wx, () => count++)
    rt.privacy.tapAgreeButton('agree-btn') // the button alone records consent
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(count).toBe(0)
  })

  test('tapAgreeButton needs the id the app will resolve with', () => {
    expect(() => createRuntime().privacy.tapAgreeButton('')).toThrow(FakeWxError)
  })
})

describe('wx.requirePrivacyAuthorize (research.md §6.2)', () => {
  test('already agreed → success at once, and the listener does not fire', async () => {
    const rt = createRuntime()
    let count = 0
    onNeedPrivacy(rt.wx, () => count++)
    const res = await new Promise((resolve) => rt.wx.requirePrivacyAuthorize({ success: resolve }))
    expect(res).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' })
    expect(count).toBe(0)
  })

  test('not agreed → the same flow as a privacy API: listener, then success or 104', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed' })
    const referrers: string[] = []
    onNeedPrivacy(rt.wx, (resolve, { referrer }) => (referrers.push(referrer), resolve({ event: 'disagree' })))
    const res = await new Promise((resolve) => rt.wx.requirePrivacyAuthorize({ fail: resolve }))
    expect(res).toEqual({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized', errno: 104 })
    expect(referrers).toEqual(['requirePrivacyAuthorize'])
  })

  test('not agreed, no listener → the official popup', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { privacy: 'agree' } })
    const res = await new Promise((resolve) => rt.wx.requirePrivacyAuthorize({ success: resolve }))
    expect(res).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })
})

describe('"以 Promise 风格 调用：不支持" (research.md §1.6, §8.5, H)', () => {
  test('getPrivacySetting, requirePrivacyAuthorize and openPrivacyContract return undefined without callbacks', async () => {
    const rt = createRuntime()
    expect(rt.wx.getPrivacySetting({})).toBeUndefined()
    expect(rt.wx.requirePrivacyAuthorize({})).toBeUndefined()
    expect(rt.wx.openPrivacyContract({})).toBeUndefined()
  })

  test('wx.openPrivacyContract opens the contract page', async () => {
    const rt = createRuntime({ privacy: { contractName: '《示例小程序隐私保护指引》' } })
    const res = await new Promise((resolve) => rt.wx.openPrivacyContract({ success: resolve }))
    expect(res).toEqual({ errMsg: 'openPrivacyContract:ok' })
    expect(rt.timeline()).toContain('《示例小程序隐私保护指引》')
  })
})

describe('declared types (research.md §6.1, §2.3, H)', () => {
  test('an API whose type the guide does not declare fails 112, whatever consent says', async () => {
    const rt = createRuntime({ scenario: 'granted', privacy: { declared: ['chosenLocation'] }, user: { chooseLocation: 'cancel' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail api scope is not declared in the privacy agreement', errno: 112 })
    await expect(rt.wx.chooseLocation({})).rejects.toMatchObject({ errMsg: 'chooseLocation:fail cancel' })
  })

  test('nothing declared: needAuthorization is false, and every privacy API fails 112', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-undeclared'] })
    expect(rt.privacy.needAuthorization).toBe(false)
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errno: 112 })
    const res = await new Promise((resolve) => rt.wx.requirePrivacyAuthorize({ success: resolve }))
    expect(res).toEqual({ errMsg: 'requirePrivacyAuthorize:ok' })
  })

  test('types added after the user agreed need consent again; the old ones keep working ([PRIV] example)', async () => {
    const rt = createRuntime({
      scenario: 'granted',
      privacy: { declared: ['location', 'weRun'], agreed: ['location'] },
      user: { privacy: 'disagree' },
    })
    expect(rt.privacy.needAuthorization).toBe(true)
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    await expect(rt.wx.authorize({ scope: 'scope.werun' })).rejects.toMatchObject({ errno: 104 })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })

  test('unknown types and agreeing to undeclared types are test errors', () => {
    expect(() => createRuntime({ privacy: { declared: ['gps' as never] } })).toThrow(/unknown privacy type "gps"/)
    expect(() => createRuntime({ privacy: { declared: ['location'], agreed: ['camera'] } })).toThrow(/can only agree to declared types/)
  })
})

describe('base library below 2.32.3: "不会拦截隐私接口调用" (research.md §6.1, H)', () => {
  test('a user who never agreed is not asked, and the privacy APIs do not exist', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'], SDKVersion: '2.32.2' })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts).toEqual([])
    expect('getPrivacySetting' in rt.wx).toBe(false)
    expect(rt.wx.canIUse('onNeedPrivacyAuthorization')).toBe(false)
  })
})

describe('the privacy pre-check is asynchronous ([BASELIB-RE] research.md §3)', () => {
  test('the listener runs after the wx call has returned, not inside it', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'] })
    const order: string[] = []
    onNeedPrivacy(rt.wx, (resolve) => (order.push('listener'), resolve({ event: 'disagree' })))
    const call = rt.wx.getLocation({})
    order.push('returned')
    await expect(call).rejects.toMatchObject({ errno: 104 })
    expect(order).toEqual(['returned', 'listener'])
  })
})

describe('an exception in the listener', () => {
  test('is reported like any app-code exception, and the held call stays pending', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'], callbackErrors: 'console' })
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args.join(' '))
    try {
      onNeedPrivacy(rt.wx, () => {
        throw new Error('popup component not found')
      })
      void rt.wx.getLocation({}).catch(() => {})
      await rt.settle()
    } finally {
      console.error = original
    }
    expect(rt.timeline()).toContain('exception in the onNeedPrivacyAuthorization listener: Error: popup component not found')
    expect(errors).toEqual([expect.stringContaining('thirdScriptError')])
    expect(rt.privacy.held).toEqual(['getLocation'])
  })
})
