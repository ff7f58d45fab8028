import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'

// research.md §5 (getSystemSetting, 2.20.1, H) and §2.2 (texts when a switch is off).

describe('wx.getSystemSetting', () => {
  test('reports the switches, all on by default, the phone upright', () => {
    expect(createRuntime().wx.getSystemSetting()).toEqual({
      bluetoothEnabled: true,
      locationEnabled: true,
      wifiEnabled: true,
      deviceOrientation: 'portrait',
    })
  })

  test('rt.device.switches.set flips one in one line; the trace records it', () => {
    const rt = createRuntime({ switches: { wifi: false } })
    rt.device.switches.set({ location: false })
    expect(rt.wx.getSystemSetting()).toMatchObject({ locationEnabled: false, wifiEnabled: false, bluetoothEnabled: true })
    expect(rt.timeline()).toContain('device  switches.location false')
    expect(() => rt.device.switches.set({ gps: false } as never)).toThrow(FakeWxError)
  })
})

describe('location services off', () => {
  test('Android: getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF ("安卓没有开启定位总开关", research.md §2.2, M)', async () => {
    const rt = createRuntime({ platform: 'android', scenario: ['granted', 'location-services-off'] })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF' })
  })

  test('Android: getFuzzyLocation says the same (seen in shipped app code)', async () => {
    const rt = createRuntime({ platform: 'android', scenario: ['granted', 'location-services-off'] })
    const res = await new Promise((resolve) => rt.wx.getFuzzyLocation({ fail: resolve }))
    expect(res).toEqual({ errMsg: 'getFuzzyLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF' })
  })

  test('iOS: the same text as a missing permission ("苹果没有开启定位总开关 或 定位权限没有授权给微信")', async () => {
    const rt = createRuntime({ platform: 'ios', scenario: ['granted', 'location-services-off'] })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail system permission denied', errno: 3 })
  })

  test('the OS permission is checked before the switch (Android JsApiGetLocation checks the permission first)', async () => {
    const rt = createRuntime({ platform: 'android', scenario: ['granted', 'location-services-off', 'os-denied'] })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail:system permission denied' })
  })

  test('turning location services back on makes the next call work', async () => {
    const rt = createRuntime({ platform: 'android', scenario: ['granted', 'location-services-off'] })
    await expect(rt.wx.getLocation({})).rejects.toBeDefined()
    rt.device.switches.set({ location: true })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })
})

describe('wx.openSystemBluetoothSetting ("跳转系统蓝牙设置页。仅支持安卓。", 2.20.1)', () => {
  test('Android: the user turns Bluetooth on in the page; getSystemSetting then says so', async () => {
    const rt = createRuntime({ platform: 'android', scenario: 'bluetooth-off', user: { systemBluetoothSetting: 'on' } })
    expect(rt.wx.getSystemSetting().bluetoothEnabled).toBe(false)
    await expect(rt.wx.openSystemBluetoothSetting()).resolves.toEqual({ errMsg: 'openSystemBluetoothSetting:ok' })
    expect(rt.wx.getSystemSetting().bluetoothEnabled).toBe(true)
    expect(rt.prompts.map((p) => p.kind)).toEqual(['systemBluetoothSetting'])
  })

  test('elsewhere it fails without a page (wording undocumented; clones say "not supported")', async () => {
    const rt = createRuntime({ platform: 'ios' })
    await expect(rt.wx.openSystemBluetoothSetting()).rejects.toEqual({ errMsg: 'openSystemBluetoothSetting:fail not supported' })
    expect(rt.prompts).toEqual([])
  })
})
