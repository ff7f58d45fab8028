import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'

// Issue 11, defect 2: calls made in one tick take effect in call order, as on a phone. A scope already decided
// (granted, or denied before) needs no dialog, so the client answers it at once: the gates and the body of a
// scoped API run inside the call, like an unscoped one's (facade/invoke.ts runGatesAndBody, auth/scope-gate.ts).
// The results still arrive asynchronously (research.md §1.6).

describe('issue 11 defect 2: calls made in one tick take effect in call order', () => {
  test('startLocationUpdate then stopLocationUpdate in the same tick: no fix is delivered afterwards', async () => {
    const rt = createRuntime({ scenario: { auth: { 'scope.userLocation': 'granted' } } })
    const fixes: unknown[] = []
    rt.wx.onLocationChange((fix) => fixes.push(fix))
    const results: string[] = []
    rt.wx.startLocationUpdate({ success: (r) => results.push(r.errMsg) })
    rt.wx.stopLocationUpdate({ success: (r) => results.push(r.errMsg) })
    await rt.settle()
    rt.device.moveTo({ latitude: 31.2, longitude: 121.5 })
    await rt.settle()
    expect(results).toEqual(['startLocationUpdate:ok', 'stopLocationUpdate:ok'])
    expect(fixes).toEqual([])
  })

  test('startRecord({ success }) then stopRecord({}) in the same tick: success gets the file', async () => {
    const rt = createRuntime({ scenario: { auth: { 'scope.record': 'granted' } } })
    const files: string[] = []
    rt.wx.startRecord({ success: (r) => files.push(r.tempFilePath) })
    rt.wx.stopRecord({})
    await rt.settle()
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.silk$/)
  })

  test('a scope denied before fails at once too: its fail is delivered before a later unscoped call’s success', async () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
    const order: string[] = []
    rt.wx.getLocation({ fail: (e) => order.push(e.errMsg) })
    rt.wx.getSetting({ success: () => order.push('getSetting:ok') })
    await rt.settle()
    expect(order).toEqual(['getLocation:fail auth deny', 'getSetting:ok'])
  })

  test('a scope never asked still shows its dialog first: the body runs after the answer', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    const fixes: unknown[] = []
    rt.wx.onLocationChange((fix) => fixes.push(fix))
    await rt.wx.startLocationUpdate({})
    rt.device.moveTo({ latitude: 31.2, longitude: 121.5 })
    await rt.settle()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize'])
    expect(fixes.length).toBeGreaterThan(0)
  })
})
