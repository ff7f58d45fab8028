// wx.getFuzzyLocation (2.25.0). https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getFuzzyLocation.html
// Scope scope.userFuzzyLocation (its own dialog, separate from scope.userLocation; research §8.14);
// "以 Promise 风格 调用：不支持" (H).
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

type Outcome = { ok: boolean; res: { errMsg: string; latitude?: number; longitude?: number } }
function call(rt: ReturnType<typeof createRuntime>, options: { type?: 'wgs84' | 'gcj02' } = {}): Promise<Outcome> {
  return new Promise((resolve) => {
    rt.wx.getFuzzyLocation({ ...options, success: (res) => resolve({ ok: true, res }), fail: (res) => resolve({ ok: false, res }) })
  })
}

describe('wx.getFuzzyLocation', () => {
  test('first use shows the scope.userFuzzyLocation dialog; allowed → latitude, longitude and errMsg only', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' }, position: { latitude: 22.543847, longitude: 113.912316 } })
    const { ok, res } = await call(rt)
    expect(ok).toBe(true)
    expect(Object.keys(res).sort()).toEqual(['errMsg', 'latitude', 'longitude'])
    expect(res.errMsg).toBe('getFuzzyLocation:ok')
    expect(rt.prompts).toEqual([{ kind: 'authorize', scope: 'scope.userFuzzyLocation', api: 'getFuzzyLocation', answer: 'allow' }])
    expect(rt.auth.get('scope.userFuzzyLocation')).toBe('granted')
    expect(rt.auth.get('scope.userLocation')).toBe('undetermined')
  })

  test('the fix is coarse: within about a kilometre of the precise one, not equal to it', async () => {
    const position = { latitude: 22.543847, longitude: 113.912316 }
    const rt = createRuntime({ scenario: 'granted', position })
    const { res } = await call(rt)
    const dLat = Math.abs(res.latitude! - position.latitude)
    const dLng = Math.abs(res.longitude! - position.longitude)
    expect(dLat + dLng).toBeGreaterThan(0)
    expect(dLat).toBeLessThan(0.01)
    expect(dLng).toBeLessThan(0.01)
  })

  test("type 'gcj02' gives the offset coordinates", async () => {
    const rt = createRuntime({ scenario: 'granted', position: { latitude: 39.911954, longitude: 116.377817 } })
    const wgs = (await call(rt, { type: 'wgs84' })).res
    const gcj = (await call(rt, { type: 'gcj02' })).res
    expect(gcj.longitude).not.toBe(wgs.longitude)
    expect(Math.abs(gcj.longitude! - 116.38404722455657)).toBeLessThan(0.01)
  })

  test('refused → getFuzzyLocation:fail auth deny; denied before → the same at once, no dialog', async () => {
    const rt = createRuntime({ user: { authorize: 'deny' } })
    await expect(call(rt)).resolves.toEqual({ ok: false, res: { errMsg: 'getFuzzyLocation:fail auth deny', errno: 103 } })
    await expect(call(rt)).resolves.toEqual({ ok: false, res: { errMsg: 'getFuzzyLocation:fail auth deny', errno: 103 } })
    expect(rt.prompts).toHaveLength(1)
  })

  test('a precise-location grant does not cover it (separate scopes)', async () => {
    const rt = createRuntime({ scenario: 'granted', scopes: ['scope.userLocation'], user: { authorize: 'deny' } })
    await expect(call(rt)).resolves.toMatchObject({ ok: false })
    expect(rt.prompts[0]?.scope).toBe('scope.userFuzzyLocation')
  })

  test('no Promise form: without callbacks it returns undefined', () => {
    const rt = createRuntime({ scenario: 'granted' })
    expect(rt.wx.getFuzzyLocation({})).toBeUndefined()
  })
})
