import { describe, expect, test } from 'vitest'
import { createRuntime, DIALECT_VARIANTS, FakeWxError } from '../../../src/index.ts'

// Denial wording per platform and version: research.md §2.1, §1.3; errors/dialects.ts. Every variant has its source.

describe('refusal dialects', () => {
  test('every platform defaults to the documented "auth deny" + errno 103 (research.md §2.1 recommendation)', async () => {
    for (const platform of ['ios', 'android', 'devtools', 'windows', 'mac'] as const) {
      const rt = createRuntime({ platform, scenario: 'denied-once' })
      await expect(rt.wx.getLocation({}), platform).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    }
  })

  test("'android-legacy': getLocation:fail:auth denied (Android / older clients)", async () => {
    const rt = createRuntime({ platform: 'android', dialect: 'android-legacy', scenario: 'denied-once' })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail:auth denied', errno: 103 })
  })

  test("'auth-denied' and 'authorize-no-response'", async () => {
    const a = createRuntime({ dialect: 'auth-denied', scenario: 'denied-once' })
    await expect(a.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth denied' })
    const b = createRuntime({ dialect: 'authorize-no-response', scenario: 'denied-once' })
    await expect(b.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail authorize no response' })
  })

  test("'ios-12006': a repeated wx.authorize after a refusal (no dialog)", async () => {
    const rt = createRuntime({ platform: 'ios', dialect: 'ios-12006', scenario: 'denied-once' })
    await expect(rt.wx.authorize({ scope: 'scope.userLocation' })).rejects.toEqual({
      errMsg: 'authorize:fail 系统错误,错误码:-12006,auth deny',
      errno: 103,
    })
  })

  test("'android-authorize-colon': only wx.authorize differs, per API", async () => {
    const rt = createRuntime({ platform: 'android', dialect: 'android-authorize-colon', user: { authorize: 'deny' } })
    await expect(rt.wx.authorize({ scope: 'scope.camera' })).rejects.toMatchObject({ errMsg: 'authorize:fail:auth deny' })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
  })

  test('field by field, and per API with authDenyByApi', async () => {
    const rt = createRuntime({ dialect: { authDenyByApi: { getLocation: ':auth denied' }, includeErrno: false }, scenario: 'denied-once' })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail:auth denied' })
    await expect(rt.wx.startLocationUpdate({})).rejects.toEqual({ errMsg: 'startLocationUpdate:fail auth deny' })
  })

  test('every named dialect says where it was seen; an unknown name is a test error', () => {
    for (const [name, d] of Object.entries(DIALECT_VARIANTS)) expect(d.source, name).toMatch(/research\.md/)
    expect(() => createRuntime({ dialect: 'klingon' as never })).toThrow(FakeWxError)
  })
})

describe('DevTools does not enforce the tap rule (research.md §1.5, §8.17)', () => {
  test('openSetting after an await works in DevTools and fails on a phone', async () => {
    const run = async (platform: 'devtools' | 'ios') => {
      const rt = createRuntime({ platform, user: { settings: {} } })
      return rt.tap(async () => {
        await rt.wx.getSetting()
        return rt.wx.openSetting().then(
          (r) => r.errMsg,
          (e: { errMsg: string }) => e.errMsg,
        )
      })
    }
    expect(await run('devtools')).toBe('openSetting:ok')
    expect(await run('ios')).toBe('openSetting:fail can only be invoked by user TAP gesture.')
  })
})
