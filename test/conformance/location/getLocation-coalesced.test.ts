// wx.getLocation: concurrent calls coalesced, held and now tested (issue 11 fidelity list).
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('concurrent getLocation calls are coalesced: identical results (research §3.1, §8.9 [BASELIB-RE], M)', () => {
  test('two calls in one tick get the same fix, even if the phone moves before they are answered', async () => {
    const rt = createRuntime({ scenario: 'granted', position: { latitude: 30, longitude: 120 } })
    const both = Promise.all([rt.wx.getLocation({ type: 'gcj02' }), rt.wx.getLocation({ type: 'gcj02' })])
    void rt.device.moveTo({ latitude: 31, longitude: 121 })
    const [a, b] = await both
    expect(b).toEqual(a)
  })
})
