import { describe, expect, test, vi } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// wx.getBatteryInfo.html ("同步 API wx.getBatteryInfoSync 在 iOS 上不可用"), wx.setScreenBrightness.html,
// wx.getScreenBrightness.html, wx.onMemoryWarning.html (typings, H).

describe('wx.getBatteryInfo / getBatteryInfoSync', () => {
  test('a low-battery banner reads the level the test set', async () => {
    const rt = createRuntime()
    rt.device.battery.level = 15
    const { level, isCharging } = await rt.wx.getBatteryInfo()
    expect({ level, isCharging }).toEqual({ level: 15, isCharging: false })
  })

  test('isLowPowerModeEnabled from base library 3.5.0', async () => {
    expect(await createRuntime().wx.getBatteryInfo()).toMatchObject({ errMsg: 'getBatteryInfo:ok', isLowPowerModeEnabled: false })
    expect(await createRuntime({ SDKVersion: '3.4.0' }).wx.getBatteryInfo()).not.toHaveProperty('isLowPowerModeEnabled')
  })

  test('the Sync form works on Android and is not available on iOS', () => {
    expect(createRuntime({ platform: 'android' }).wx.getBatteryInfoSync()).toMatchObject({ level: 80, isCharging: false })
    expect(() => createRuntime({ platform: 'ios' }).wx.getBatteryInfoSync()).toThrow(/getBatteryInfoSync:fail/)
  })
})

describe('wx.setScreenBrightness / getScreenBrightness', () => {
  test('a QR-code page turns the screen up and reads it back', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setScreenBrightness({ value: 1 })).resolves.toEqual({ errMsg: 'setScreenBrightness:ok' })
    await expect(rt.wx.getScreenBrightness()).resolves.toEqual({ errMsg: 'getScreenBrightness:ok', value: 1 })
    expect(rt.device.screen.brightness).toBe(1)
  })

  test('value is a required Number', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setScreenBrightness({ value: '1' as never })).rejects.toMatchObject({ errno: 1001 })
  })

  test('Android: -1 lets the system set the brightness again', async () => {
    const rt = createRuntime({ platform: 'android' })
    const before = rt.device.screen.brightness
    await rt.wx.setScreenBrightness({ value: -1 })
    expect((await rt.wx.getScreenBrightness()).value).toBe(before)
  })
})

describe('wx.onMemoryWarning', () => {
  test('Android reports the level', async () => {
    const rt = createRuntime({ platform: 'android' })
    const heard = vi.fn()
    rt.wx.onMemoryWarning(heard)
    await rt.device.memory.warn(15)
    expect(heard).toHaveBeenCalledWith({ level: 15 })
  })

  test('iOS: the warning has no level ("只有 Android 才有")', async () => {
    const rt = createRuntime()
    const heard = vi.fn()
    rt.wx.onMemoryWarning(heard)
    await rt.device.memory.warn()
    expect(heard).toHaveBeenCalledWith({})
    rt.wx.offMemoryWarning(heard)
    await rt.device.memory.warn()
    expect(heard).toHaveBeenCalledOnce()
  })
})
