import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { connectedScale, flush, SCALE_SERVICE } from './ble-app.ts'

describe('wx.getBluetoothDevices', () => {
  test('"所有搜索到的蓝牙设备。包括已经和本机处于连接状态的设备"; cleared by closeBluetoothAdapter', async () => {
    const { rt, deviceId } = await connectedScale()
    const { devices } = await rt.wx.getBluetoothDevices()
    expect(devices.map((d) => [d.deviceId, d.name])).toEqual([[deviceId, 'MyScale-01']])
    await rt.wx.closeBluetoothAdapter()
    await rt.wx.openBluetoothAdapter()
    await expect(rt.wx.getBluetoothDevices()).resolves.toEqual({ errMsg: 'getBluetoothDevices:ok', devices: [] })
  })

  test('a device stays listed after it went away (it "可能设备已经不在用户身边，无法连接")', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const band = rt.device.bluetooth.addPeripheral({ name: 'Band' })
    await rt.wx.openBluetoothAdapter()
    await rt.wx.startBluetoothDevicesDiscovery({})
    rt.clock.advance(100)
    await band.goAway()
    await flush(rt)
    await expect(rt.wx.getBluetoothDevices()).resolves.toMatchObject({ devices: [{ name: 'Band' }] })
  })

  test('before open: 10000 not init', async () => {
    const rt = createRuntime()
    await expect(rt.wx.getBluetoothDevices()).rejects.toMatchObject({ errMsg: 'getBluetoothDevices:fail not init', errCode: 10000 })
  })
})

describe('wx.getConnectedBluetoothDevices', () => {
  test('"根据主服务 UUID 获取已连接的蓝牙设备": { devices: [{ deviceId, name }] }', async () => {
    const { rt, deviceId } = await connectedScale()
    await expect(rt.wx.getConnectedBluetoothDevices({ services: ['FFE0'] })).resolves.toEqual({
      errMsg: 'getConnectedBluetoothDevices:ok',
      devices: [{ deviceId, name: 'MyScale-01' }],
    })
    await expect(rt.wx.getConnectedBluetoothDevices({ services: ['180D'] })).resolves.toMatchObject({ devices: [] })
    await rt.wx.closeBLEConnection({ deviceId })
    await expect(rt.wx.getConnectedBluetoothDevices({ services: [SCALE_SERVICE] })).resolves.toMatchObject({ devices: [] })
  })

  test('services is required', async () => {
    const { rt } = await connectedScale()
    await expect(rt.wx.getConnectedBluetoothDevices({} as never)).rejects.toMatchObject({
      errMsg: 'getConnectedBluetoothDevices:fail parameter error: parameter.services should be Array instead of Undefined;',
    })
  })
})
