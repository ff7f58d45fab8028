import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
// @ts-expect-error -- a plain .mjs script without types: the generator, run in memory
import { buildSurface, renderApiSince } from '../../../scripts/surface-model.mjs'
import { API_SINCE, createRuntime } from '../../../src/index.ts'

// Base-library versions: the typings' "需要基础库" lines (research.md §0 [T]), [API-PROMISE] (2.10.2),
// [OPENSETTING-2018] (2.3.0), [PRIV] (2.32.3).

describe('API_SINCE is the typings\' table', () => {
  // Read with the TypeScript compiler by the surface generator (scripts/surface-model.mjs): every method of
  // `interface Wx`, the "需要基础库" line of its first overload's doc comment, 1.0.0 when it has none.
  test('every wx method of miniprogram-api-typings with its "需要基础库" version (1.0.0 when the doc has none)', () => {
    const model = (buildSurface as () => { since: Record<string, string> })()
    expect(API_SINCE).toEqual(model.since)
    expect(readFileSync(new URL('../../../src/runtime/versions/api-since.ts', import.meta.url), 'utf8')).toBe((renderApiSince as (m: unknown) => string)(model))
  }, 30_000)

  test('names with digits are there, example code in doc comments is not (arrayBufferToBase64, join1v1Chat; no `if`)', () => {
    expect(API_SINCE).toMatchObject({ arrayBufferToBase64: '1.1.0', base64ToArrayBuffer: '1.1.0', join1v1Chat: '2.20.1' })
    for (const word of ['if', 'resolve', 'success']) expect(API_SINCE[word], word).toBeUndefined()
  })
})

describe('an API newer than the base library is not on wx, and wx.canIUse says false', () => {
  test('old-base-library (2.10.1): getFuzzyLocation (2.25.0), getSystemSetting (2.20.1), getPrivacySetting (2.32.3) are missing', () => {
    const rt = createRuntime({ scenario: 'old-base-library' })
    expect(rt.device.SDKVersion).toBe('2.10.1')
    for (const api of ['getFuzzyLocation', 'getSystemSetting', 'getAppAuthorizeSetting', 'getPrivacySetting', 'onNeedPrivacyAuthorization']) {
      expect(api in rt.wx, api).toBe(false)
      expect(rt.wx.canIUse(api), api).toBe(false)
    }
    expect(rt.wx.canIUse('getLocation')).toBe(true)
    expect(rt.wx.canIUse('openSetting')).toBe(true)
    expect(typeof rt.wx.getLocation).toBe('function')
  })

  test('at the exact version it appears', () => {
    expect('getFuzzyLocation' in createRuntime({ SDKVersion: '2.24.9' }).wx).toBe(false)
    expect('getFuzzyLocation' in createRuntime({ SDKVersion: '2.25.0' }).wx).toBe(true)
  })

  test('wx.canIUse knows a few longer schemas apps check before the permission flow', () => {
    const rt = createRuntime({ SDKVersion: '2.32.3' })
    expect(rt.wx.canIUse('button.open-type.agreePrivacyAuthorization')).toBe(true)
    expect(createRuntime({ SDKVersion: '2.32.2' }).wx.canIUse('button.open-type.agreePrivacyAuthorization')).toBe(false)
    expect(createRuntime({ SDKVersion: '2.10.0' }).wx.canIUse('getSetting.object.withSubscriptions')).toBe(false)
  })

  test('a schema fake-wx does not know answers false and the trace says so', () => {
    const rt = createRuntime()
    expect(rt.wx.canIUse('getSystemInfo.success.noSuchField')).toBe(false)
    expect(rt.timeline()).toContain('fake-wx does not know the schema')
  })
})

describe('the Promise form exists from base library 2.10.2 ([API-PROMISE], research.md §1.6, H)', () => {
  test('below it, a call without callbacks returns undefined and the result is lost', async () => {
    const rt = createRuntime({ SDKVersion: '2.10.1' })
    expect(rt.wx.getSetting()).toBeUndefined()
    const res = await new Promise((resolve) => rt.wx.getSetting({ success: resolve }))
    expect(res).toMatchObject({ errMsg: 'getSetting:ok' })
  })

  test('from it on, a Promise', async () => {
    await expect(createRuntime({ SDKVersion: '2.10.2' }).wx.getSetting()).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
  })
})

describe('openSetting is tap-only from 2.3.0 ([OPENSETTING-2018], H)', () => {
  test('2.2.x lets onShow-style code open it; 2.3.0 refuses', async () => {
    const old = createRuntime({ SDKVersion: '2.2.5', user: { settings: {} } })
    const res = await new Promise((resolve) => old.wx.openSetting({ success: resolve, fail: resolve }))
    expect(res).toMatchObject({ errMsg: 'openSetting:ok' })
    const now = createRuntime({ SDKVersion: '2.3.0' }) // no Promise form before 2.10.2: callbacks
    const refused = await new Promise((resolve) => now.wx.openSetting({ success: resolve, fail: resolve }))
    expect(refused).toEqual({ errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' })
  })
})
