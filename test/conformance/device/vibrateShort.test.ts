import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// wx.vibrateShort.html (15 ms; type heavy/medium/light, listed as required from 2.13.0), wx.vibrateLong.html (400 ms),
// wx.setKeepScreenOn.html (H).

describe('wx.vibrateShort / wx.vibrateLong', () => {
  test('a tap feedback: vibrateShort({ type: "light" }) vibrates once, recorded with its strength', async () => {
    const rt = createRuntime()
    await expect(rt.wx.vibrateShort({ type: 'light' })).resolves.toEqual({ errMsg: 'vibrateShort:ok' })
    expect(rt.device.vibrator.log).toEqual([{ kind: 'short', type: 'light', at: rt.clock.now() }])
    expect(rt.timeline()).toContain('vibrate')
  })

  test('vibrateLong vibrates once, long', async () => {
    const rt = createRuntime()
    await expect(rt.wx.vibrateLong()).resolves.toEqual({ errMsg: 'vibrateLong:ok' })
    expect(rt.device.vibrator.log.map((v) => v.kind)).toEqual(['long'])
  })

  test('without type an iPhone does not vibrate (the call still succeeds); Android does', async () => {
    const ios = createRuntime()
    await ios.wx.vibrateShort({} as never)
    expect(ios.device.vibrator.log).toEqual([])
    const android = createRuntime({ platform: 'android' })
    await android.wx.vibrateShort({} as never)
    expect(android.device.vibrator.log).toHaveLength(1)
  })

  test('type must be a String', async () => {
    const rt = createRuntime()
    await expect(rt.wx.vibrateShort({ type: 1 as never })).rejects.toMatchObject({ errno: 1001 })
    expect(rt.device.vibrator.log).toEqual([])
  })
})

describe('wx.setKeepScreenOn', () => {
  test('a video page keeps the screen on, and lets it go', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setKeepScreenOn({ keepScreenOn: true })).resolves.toEqual({ errMsg: 'setKeepScreenOn:ok' })
    expect(rt.device.screen.keepOn).toBe(true)
    await rt.wx.setKeepScreenOn({ keepScreenOn: false })
    expect(rt.device.screen.keepOn).toBe(false)
  })

  test('keepScreenOn is a required Boolean', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setKeepScreenOn({ keepScreenOn: 'yes' as never })).rejects.toMatchObject({
      errMsg: 'setKeepScreenOn:fail parameter error: parameter.keepScreenOn should be Boolean instead of String;',
    })
    expect(rt.device.screen.keepOn).toBe(false)
  })
})
