import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'

// Each of the 8 location APIs must be enabled in the MP admin, "开发-开发管理-接口设置" (research.md §7.2 last bullet, M);
// one that is not fails `scope unauthorized` without a dialog (research.md §1.3 table, §2.1, M):
// `startLocationUpdateBackground:fail scope unauthorized` (iOS 7.0.5, https://developers.weixin.qq.com/community/develop/doc/000a6ccdd54820ed3a19d75d751400),
// `authorize:fail scope unauthorized` / `authorize:fail 系统错误,错误码:-12007,scope unauthorized` (community answers, research.md §1.3).

/** getFuzzyLocation has no Promise form: callbacks only. */
const fuzzy = (rt: ReturnType<typeof createRuntime>) =>
  new Promise<{ errMsg: string }>((resolve) => rt.wx.getFuzzyLocation({ type: 'wgs84', success: resolve, fail: resolve }))

describe('disabledApis: a location API not enabled in the MP admin 接口设置 (research.md §1.3, §7.2, M)', () => {
  test('the API fails "<api>:fail scope unauthorized" without a dialog; the scope stays never asked', async () => {
    const rt = createRuntime({ disabledApis: ['getFuzzyLocation'], user: { authorize: 'allow' } })
    await expect(fuzzy(rt)).resolves.toEqual({ errMsg: 'getFuzzyLocation:fail scope unauthorized' })
    expect(rt.prompts).toEqual([])
    expect(rt.auth.get('scope.userFuzzyLocation')).toBe('undetermined')
  })

  test('wx.authorize on its scope fails "authorize:fail scope unauthorized", no dialog; other scopes are unaffected', async () => {
    const rt = createRuntime({ disabledApis: ['getFuzzyLocation'], user: { authorize: 'allow' } })
    await expect(rt.wx.authorize({ scope: 'scope.userFuzzyLocation' })).rejects.toEqual({ errMsg: 'authorize:fail scope unauthorized' })
    expect(rt.prompts).toEqual([])
    await expect(rt.wx.authorize({ scope: 'scope.userLocation' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  test('iOS dialect: "authorize:fail 系统错误,错误码:-12007,scope unauthorized"', async () => {
    const rt = createRuntime({ disabledApis: ['getFuzzyLocation'], dialect: 'ios-12006' })
    await expect(rt.wx.authorize({ scope: 'scope.userFuzzyLocation' })).rejects.toEqual({
      errMsg: 'authorize:fail 系统错误,错误码:-12007,scope unauthorized',
    })
  })

  test('a scope with another enabled API is still opened: getLocation disabled, startLocationUpdate enabled (inferred, L)', async () => {
    const rt = createRuntime({ disabledApis: ['getLocation'], user: { authorize: 'allow' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail scope unauthorized' })
    await expect(rt.wx.authorize({ scope: 'scope.userLocation' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    await expect(rt.wx.startLocationUpdate({})).resolves.toMatchObject({ errMsg: 'startLocationUpdate:ok' })
    const both = createRuntime({ disabledApis: ['getLocation', 'startLocationUpdate'] })
    await expect(both.wx.authorize({ scope: 'scope.userLocation' })).rejects.toEqual({ errMsg: 'authorize:fail scope unauthorized' })
  })

  test('a granted scope does not help: the API is refused before the scope is read', async () => {
    const rt = createRuntime({ scenario: 'granted', disabledApis: ['getLocation'] })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail scope unauthorized' })
  })

  test("the client's order: privacy refusal, then the requiredPrivateInfos declaration, then 接口设置, then the scope", async () => {
    const privacy = createRuntime({ scenario: ['granted', 'privacy-not-agreed'], disabledApis: ['getLocation'], user: { privacy: 'disagree' } })
    await expect(privacy.wx.getLocation({})).rejects.toMatchObject({ errno: 104 })
    const undeclared = createRuntime({ appJson: {}, disabledApis: ['getLocation'] })
    await expect(undeclared.wx.getLocation({})).rejects.toEqual({
      errMsg: 'getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json',
    })
    const denied = createRuntime({ scenario: 'denied-once', disabledApis: ['getLocation'] })
    await expect(denied.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail scope unauthorized' })
  })

  test('base library ≥ 3.4.2: no permission dialog, so no privacy checkbox either; the guide stays unagreed', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', disabledApis: ['getLocation'] })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail scope unauthorized' })
    expect(rt.prompts).toEqual([])
    expect(rt.privacy.needAuthorization).toBe(true)
  })

  test('an entry that is not one of the 8 接口设置 APIs is a FakeWxError at createRuntime', () => {
    expect(() => createRuntime({ disabledApis: ['getClipboardData' as never] })).toThrow(FakeWxError)
  })
})
