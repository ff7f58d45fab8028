import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// Base library 3.4.2 (2024-04): "API 有授权弹窗的隐私接口（例如 wx.getLocation），将不会再弹官方隐私弹窗，而是在授权弹窗上增加
// '隐私勾选'；无授权弹窗的隐私接口（如 wx.getClipboardData），将继续保留原来的官方隐私弹窗" — community write-up, 2024-04-26
// update, https://developers.weixin.qq.com/community/develop/article/doc/0008e4f5990a10556d30f530a66c13 (research.md §1.2, §6.1, M).

type Resolve = (arg: { event: string; buttonId?: string }) => void
const onNeedPrivacy = (wx: { onNeedPrivacyAuthorization(l: never): void }, listener: (resolve: Resolve) => void) =>
  wx.onNeedPrivacyAuthorization(listener as never)

/** The permission dialogs' details, from the trace (rt.prompts lists kinds and answers). */
const dialogDetails = (rt: ReturnType<typeof createRuntime>) =>
  rt.trace.filter((e) => e.type === 'prompt' && !e.history).map((e) => (e as { kind: string; details?: unknown }).details)

describe('base library ≥ 3.4.2: the privacy consent is a checkbox ("隐私勾选") on the permission dialog (write-up 2024-04-26, M)', () => {
  test('getLocation on first use: one permission dialog carrying the checkbox, no official popup; allowing agrees to the guide', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', privacy: { contractName: '《示例隐私保护指引》' }, user: { authorize: 'allow' } })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize'])
    expect(dialogDetails(rt)).toEqual([{ scope: 'scope.userLocation', api: 'getLocation', privacy: { contractName: '《示例隐私保护指引》' } }])
    expect(rt.privacy.needAuthorization).toBe(false)
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
  })

  test("refusing the dialog: '<api>:fail auth deny' (103), the scope stored false, the guide still unagreed", async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { authorize: 'deny' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
    expect(rt.privacy.needAuthorization).toBe(true)
  })

  test('wx.authorize on a privacy scope shows the same dialog with the checkbox', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { authorize: 'allow' } })
    await expect(rt.wx.authorize({ scope: 'scope.userLocation' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize'])
    expect(dialogDetails(rt)[0]).toMatchObject({ privacy: { contractName: expect.any(String) } })
    expect(rt.privacy.needAuthorization).toBe(false)
  })

  test('<camera> (a component, not a fail) gets the checkbox on its camera dialog too', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { authorize: 'allow' } })
    await rt.mountComponent('camera', {}).ready
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize'])
    expect(dialogDetails(rt)[0]).toMatchObject({ scope: 'scope.camera', privacy: expect.any(Object) })
    expect(rt.privacy.needAuthorization).toBe(false)
  })

  test('<live-pusher> asks camera then record: the checkbox rides on the first dialog, and on the next while still unticked', async () => {
    const allowed = createRuntime({ scenario: 'privacy-not-agreed', user: { authorize: 'allow' } })
    allowed.mountComponent('live-pusher', {})
    await allowed.settle()
    expect(dialogDetails(allowed).map((d) => [(d as { scope: string }).scope, 'privacy' in (d as object)])).toEqual([
      ['scope.camera', true],
      ['scope.record', false],
    ])
    const cameraRefused = createRuntime({ scenario: 'privacy-not-agreed', user: { authorize: { 'scope.camera': 'deny', 'scope.record': 'allow' } } })
    cameraRefused.mountComponent('live-pusher', { binderror: () => {} })
    await cameraRefused.settle()
    expect(dialogDetails(cameraRefused).map((d) => 'privacy' in (d as object))).toEqual([true, true])
    expect(cameraRefused.privacy.needAuthorization).toBe(false)
  })

  test('a scope decided before shows no dialog, so the official popup stays: granted → popup, then the API runs', async () => {
    const rt = createRuntime({ scenario: ['granted', 'privacy-not-agreed'], user: { privacy: 'agree' } })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })

  test('a scope denied before: the popup, then auth deny', async () => {
    const rt = createRuntime({ scenario: ['denied-once', 'privacy-not-agreed'], user: { privacy: 'agree' } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })

  test('"无授权弹窗的隐私接口…将继续保留原来的官方隐私弹窗": a privacy API with no scope (chooseLocation) keeps the popup', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { privacy: 'disagree' } })
    await expect(rt.wx.chooseLocation({})).rejects.toMatchObject({ errno: 104 })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })

  test('with an onNeedPrivacyAuthorization listener the app\'s own flow runs first (the checkbox replaces only the official popup; L)', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { authorize: 'allow' } })
    onNeedPrivacy(rt.wx, (resolve) => {
      rt.privacy.tapAgreeButton('agree-btn')
      resolve({ event: 'agree', buttonId: 'agree-btn' })
    })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize'])
    expect(dialogDetails(rt)[0]).not.toHaveProperty('privacy')
  })

  test('below 3.4.2 the official popup shows first, then a plain permission dialog', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', SDKVersion: '3.4.1', user: { privacy: 'agree', authorize: 'allow' } })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy', 'authorize'])
    expect(dialogDetails(rt)[1]).not.toHaveProperty('privacy')
  })

  test('privacy.checkboxOnScopeDialog overrides the version default either way', async () => {
    const off = createRuntime({ scenario: 'privacy-not-agreed', privacy: { checkboxOnScopeDialog: false }, user: { privacy: 'agree', authorize: 'allow' } })
    await off.wx.getLocation({})
    expect(off.prompts.map((p) => p.kind)).toEqual(['privacy', 'authorize'])
    const on = createRuntime({ scenario: 'privacy-not-agreed', SDKVersion: '3.4.1', privacy: { checkboxOnScopeDialog: true }, user: { authorize: 'allow' } })
    await on.wx.getLocation({})
    expect(on.prompts.map((p) => p.kind)).toEqual(['authorize'])
  })

  test('a type the guide does not declare still fails 112 before any dialog', async () => {
    const rt = createRuntime({ privacy: { declared: ['camera'], agreed: false } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errno: 112 })
    expect(rt.prompts).toEqual([])
  })
})
