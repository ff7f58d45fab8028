// wx.getLocation. https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getLocation.html
// Result fields per miniprogram-api-typings GetLocationSuccessCallbackResult; base library behaviour per
// research §3.1 ([BASELIB-RE] decorator, [GETLOC-FREQ] frequency limit).
import { describe, expect, test } from 'vitest'
import { createRuntime, type RuntimeOptions } from '../../../src/index.ts'

const granted = (o: RuntimeOptions = {}) => createRuntime({ scenario: 'granted', ...o })
const TOO_FREQUENT = 'getLocation:fail 频繁调用会增加电量损耗，可考虑使用 wx.onLocationChange 监听地理位置变化'

/** Reference pairs (WGS-84 → GCJ-02) from googollee/eviltransform's test suite (PHP port larryli/eviltransform). */
const SHENZHEN = { wgs: { latitude: 22.543847, longitude: 113.912316 }, gcj: { latitude: 22.540796131694766, longitude: 113.9171764808363 } }
const BEIJING = { wgs: { latitude: 39.911954, longitude: 116.377817 }, gcj: { latitude: 39.91334545536069, longitude: 116.38404722455657 } }

describe('wx.getLocation result', () => {
  test('the fields of the typings, wgs84 by default: the device position as is; no altitude unless asked', async () => {
    const rt = granted({ position: { latitude: 23.099994, longitude: 113.32452, speed: 0, accuracy: 65, verticalAccuracy: 12, horizontalAccuracy: 65 } })
    const res = await rt.wx.getLocation({})
    expect(res).toEqual({
      errMsg: 'getLocation:ok',
      latitude: 23.099994,
      longitude: 113.32452,
      speed: 0,
      accuracy: 65,
      verticalAccuracy: 12,
      horizontalAccuracy: 65,
    })
  })

  test('altitude only when `altitude: true` (`e.altitude || delete t.altitude`, research §3.1 M)', async () => {
    const rt = granted({ position: { latitude: 22.5, longitude: 113.9, altitude: 41.5 } })
    expect(await rt.wx.getLocation({ altitude: false })).not.toHaveProperty('altitude')
    rt.clock.advance(30_000)
    expect(await rt.wx.getLocation({ altitude: true })).toMatchObject({ altitude: 41.5 })
  })

  test('verticalAccuracy is 0 on Android ("Android 无法获取，返回 0")', async () => {
    const position = { latitude: 22.5, longitude: 113.9, verticalAccuracy: 8 }
    expect((await granted({ platform: 'android', position }).wx.getLocation({})).verticalAccuracy).toBe(0)
    expect((await granted({ platform: 'ios', position }).wx.getLocation({})).verticalAccuracy).toBe(8)
  })

  test('isHighAccuracy and highAccuracyExpireTime (2.9.0) are accepted', async () => {
    const rt = granted()
    await expect(rt.wx.getLocation({ isHighAccuracy: true, highAccuracyExpireTime: 3500 })).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })
})

describe('wx.getLocation coordinate types', () => {
  test.each([
    ['Shenzhen', SHENZHEN],
    ['Beijing', BEIJING],
  ])("type 'gcj02' in China is offset from wgs84 by the public GCJ-02 transform (%s)", async (_city, ref) => {
    const rt = granted({ position: ref.wgs })
    const wgs = await rt.wx.getLocation({ type: 'wgs84' })
    const gcj = await rt.wx.getLocation({ type: 'gcj02' })
    expect(wgs).toMatchObject(ref.wgs)
    expect(gcj.latitude).toBeCloseTo(ref.gcj.latitude, 9)
    expect(gcj.longitude).toBeCloseTo(ref.gcj.longitude, 9)
    // Hundreds of metres apart, as every map of China shows.
    expect(Math.abs(gcj.longitude - wgs.longitude)).toBeGreaterThan(0.001)
  })

  test('outside China gcj02 equals wgs84', async () => {
    const london = { latitude: 51.5007, longitude: -0.1246 }
    const rt = granted({ position: london })
    await expect(rt.wx.getLocation({ type: 'gcj02' })).resolves.toMatchObject(london)
  })

  test("any type other than 'gcj02' means wgs84, with no parameter error (`\"gcj02\" !== e.type && (e.type = \"wgs84\")`, research §3.1 M)", async () => {
    const rt = granted({ position: SHENZHEN.wgs })
    await expect(rt.wx.getLocation({ type: 'bd09' })).resolves.toMatchObject(SHENZHEN.wgs)
    rt.clock.advance(30_000)
    await expect(rt.wx.getLocation({ type: 1 } as never)).resolves.toMatchObject({ errMsg: 'getLocation:ok', ...SHENZHEN.wgs })
  })
})

describe('wx.getLocation frequency limit since base library 2.17.0 ([GETLOC-FREQ], research §3.1 H)', () => {
  test('release: within 30 s the same fix comes back, even after the phone moved; after 30 s a fresh one', async () => {
    const rt = granted({ envVersion: 'release', position: { latitude: 22.5, longitude: 113.9 } })
    const first = await rt.wx.getLocation({})
    await rt.device.moveTo({ latitude: 22.6, longitude: 114.0 })
    rt.clock.advance(29_999)
    await expect(rt.wx.getLocation({})).resolves.toEqual(first)
    rt.clock.advance(1)
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok', latitude: 22.6, longitude: 114.0 })
  })

  test.each(['develop', 'trial'] as const)('%s: a second call within 30 s fails with the 频繁调用 message; after 30 s it works', async (envVersion) => {
    const rt = granted({ envVersion })
    await rt.wx.getLocation({})
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: TOO_FREQUENT })
    rt.clock.advance(30_000)
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('the window is per coordinate type (the base library caches by type)', async () => {
    const rt = granted({ envVersion: 'develop' })
    await rt.wx.getLocation({ type: 'wgs84' })
    await expect(rt.wx.getLocation({ type: 'gcj02' })).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    await expect(rt.wx.getLocation({ type: 'gcj02' })).rejects.toEqual({ errMsg: TOO_FREQUENT })
  })

  test('a refused call does not open the window', async () => {
    const rt = createRuntime({ envVersion: 'develop', user: { authorize: 'deny' } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
    rt.auth.set('scope.userLocation', 'granted')
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('before 2.17.0 there is no limit', async () => {
    const rt = granted({ envVersion: 'develop', SDKVersion: '2.16.1', position: { latitude: 22.5, longitude: 113.9 } })
    await rt.wx.getLocation({})
    await rt.device.moveTo({ latitude: 22.6, longitude: 114.0 })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ latitude: 22.6 })
  })
})

describe('wx.getLocation and scope.userLocation', () => {
  test('guarded by scope.userLocation, not scope.userFuzzyLocation', async () => {
    const rt = createRuntime({ scenario: 'granted', scopes: ['scope.userFuzzyLocation'], user: { authorize: 'deny' } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    expect(rt.prompts).toEqual([{ kind: 'authorize', scope: 'scope.userLocation', api: 'getLocation', answer: 'deny' }])
  })
})
