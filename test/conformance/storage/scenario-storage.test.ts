import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError, validateScenario } from '../../../src/index.ts'

describe('scenarios seed storage (apps cache permission state there)', () => {
  test('a scenario\'s storage is in wx storage from the start, and the timeline says so', () => {
    const rt = createRuntime({
      scenario: { name: 'stale-cache', auth: { 'scope.userLocation': 'denied' }, storage: { locationAllowed: true, profile: { nick: 'A' } } },
    })
    expect(rt.wx.getStorageSync('locationAllowed')).toBe(true)
    expect(rt.wx.getStorageSync('profile')).toEqual({ nick: 'A' })
    expect(rt.timeline()).toContain('history scenario stale-cache: scope.userLocation denied; storage holds locationAllowed, profile')
    expect(rt.timeline({ history: true })).toContain('note    storage holds locationAllowed, profile (history)')
  })

  test('the classic bug: the app trusts its cached "allowed" flag while the scope was revoked in settings', async () => {
    const rt = createRuntime({ scenario: 'revoked-in-settings', storage: { locationAllowed: true } })
    // App code: skips wx.authorize because its cache says yes, then calls the API.
    const cached = rt.wx.getStorageSync('locationAllowed')
    expect(cached).toBe(true)
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
  })

  test('createRuntime({ storage }) adds to (and wins over) the scenario\'s storage', () => {
    const rt = createRuntime({ scenario: { auth: {}, storage: { a: 1, b: 1 } }, storage: { b: 2 } })
    expect(rt.storage.snapshot()).toEqual({ a: 1, b: 2 })
  })

  test('storage must be JSON: validateScenario names the bad value', () => {
    expect(() => validateScenario({ auth: {}, storage: { when: new Date() } })).toThrow(/storage\["when"\] is not a JSON value/)
    expect(() => validateScenario({ auth: {}, storage: { n: Number.NaN } })).toThrow(FakeWxError)
    expect(() => validateScenario({ auth: {}, storage: [] })).toThrow(/storage must be an object/)
    const ok = validateScenario(JSON.parse(JSON.stringify({ auth: {}, storage: { a: [1, { b: null }] } })))
    expect(ok.storage).toEqual({ a: [1, { b: null }] })
  })

  test('a seed beyond the client\'s limits is refused with the client\'s reason', () => {
    expect(() => createRuntime({ storage: { big: 'x'.repeat(1024 * 1024) } })).toThrow(/setStorage:fail:entry size limit reached/)
  })
})
