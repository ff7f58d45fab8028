import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError, LAYER_PRESET_NAMES, LAYER_PRESETS } from '../../../src/index.ts'

// Layer presets (src/scenarios/layer-presets.ts): the states of issue 5 in one word, composable with a user history.

describe('layer presets', () => {
  test('the required ones exist, each with a description and a source', () => {
    for (const name of ['os-denied', 'location-services-off', 'privacy-not-agreed', 'privacy-undeclared', 'old-base-library']) {
      expect(LAYER_PRESET_NAMES).toContain(name)
    }
    for (const preset of Object.values(LAYER_PRESETS)) expect(preset.source).toMatch(/research\.md/)
  })

  test("alone, a layer preset keeps the default history ('first-time')", () => {
    const rt = createRuntime({ scenario: 'os-denied' })
    expect(rt.auth.authSetting()).not.toHaveProperty('scope.userLocation')
    expect(rt.device.os.get('location')).toBe('denied')
  })

  test('composed with one history: scenario: [history, ...layers]', async () => {
    const rt = createRuntime({ scenario: ['granted', 'os-denied', 'privacy-not-agreed'], user: { privacy: 'agree' } })
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail system permission denied' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })

  test("'os-denied' follows the scopes option: only the OS permissions behind those scopes", () => {
    const rt = createRuntime({ scenario: ['granted', 'os-denied'], scopes: ['scope.camera'] })
    expect(rt.device.os.snapshot()).toMatchObject({ camera: 'denied', location: 'authorized', microphone: 'authorized' })
    const all = createRuntime({ scenario: 'os-denied' }).device.os.snapshot()
    expect(all).toMatchObject({ location: 'denied', camera: 'denied', microphone: 'denied', album: 'denied', bluetooth: 'denied', calendar: 'denied' })
    expect(all.notification).toBe('authorized')
  })

  test('explicit options win over presets, field by field', () => {
    const rt = createRuntime({
      scenario: ['privacy-not-agreed', 'old-base-library', 'os-denied'],
      privacy: { declared: ['location'] },
      SDKVersion: '2.33.0',
      os: { camera: 'authorized' },
    })
    expect(rt.privacy.needAuthorization).toBe(true)
    expect(rt.device.SDKVersion).toBe('2.33.0')
    expect(rt.device.os.get('camera')).toBe('authorized')
    expect(rt.device.os.get('location')).toBe('denied')
  })

  test('two histories, or an unknown name, are test errors that list what exists', () => {
    expect(() => createRuntime({ scenario: ['granted', 'denied-once'] })).toThrow(/both user histories/)
    expect(() => createRuntime({ scenario: 'wifi-off' as never })).toThrow(FakeWxError)
    expect(() => createRuntime({ scenario: 'wifi-off' as never })).toThrow(/Layers: os-denied/)
  })

  test("'os-not-determined' is iOS only", () => {
    expect(() => createRuntime({ platform: 'android', scenario: 'os-not-determined' })).toThrow(/iOS only/)
  })
})
