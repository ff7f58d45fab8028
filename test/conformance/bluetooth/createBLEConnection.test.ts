import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { connectedScale, flush, scale } from './ble-app.ts'

const settled = (p: Promise<unknown>) => p.then((r) => r, (e) => e)

describe('wx.createBLEConnection', () => {
  test('before wx.openBluetoothAdapter: 10000 not init; Bluetooth off: 10001 not available', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android' })
    await expect(rt.wx.createBLEConnection({ deviceId: 'AA:BB:CC:DD:EE:FF' })).rejects.toEqual({ errMsg: 'createBLEConnection:fail not init', errno: 1500101, errCode: 10000 })
    await rt.wx.openBluetoothAdapter()
    rt.device.bluetooth.setEnabled(false)
    await expect(rt.wx.createBLEConnection({ deviceId: 'AA:BB:CC:DD:EE:FF' })).rejects.toEqual({ errMsg: 'createBLEConnection:fail not available', errno: 1500102, errCode: 10001 })
  })

  test('"连接 deviceId 为空或者是格式不正确": 10013 invalid_data', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android' })
    await rt.wx.openBluetoothAdapter()
    await expect(rt.wx.createBLEConnection({ deviceId: '' })).rejects.toEqual({ errMsg: 'createBLEConnection:fail invalid_data', errCode: 10013 })
    await expect(rt.wx.createBLEConnection({ deviceId: '5E2C1A3B-7F00-4B0E-9C41-0A1B2C3D4E5F' })).rejects.toMatchObject({ errCode: 10013 })
    await expect(rt.wx.createBLEConnection({} as never)).rejects.toMatchObject({
      errMsg: 'createBLEConnection:fail parameter error: parameter.deviceId should be String instead of Undefined;',
    })
  })

  test('Android connects by MAC without a scan ("无需再次进行搜索操作"); iOS must have seen the device: 10002 no device', async () => {
    const android = createRuntime({ scenario: 'granted', platform: 'android', bluetooth: { peripherals: [scale({ deviceId: 'AA:BB:CC:DD:EE:01' })] } })
    await android.wx.openBluetoothAdapter()
    await expect(android.wx.createBLEConnection({ deviceId: 'AA:BB:CC:DD:EE:01' })).resolves.toEqual({ errMsg: 'createBLEConnection:ok', errCode: 0 })

    const ios = createRuntime({ scenario: 'granted', platform: 'ios', bluetooth: { peripherals: [scale()] } })
    await ios.wx.openBluetoothAdapter()
    const { deviceId } = ios.device.bluetooth.peripherals[0]!
    await expect(ios.wx.createBLEConnection({ deviceId })).rejects.toEqual({ errMsg: 'createBLEConnection:fail no device', errno: 1509006, errCode: 10002 })
  })

  test('iOS reconnects to a device it found before, even after closeBluetoothAdapter, without a new scan', async () => {
    const { rt, deviceId } = await connectedScale('ios')
    await rt.wx.closeBluetoothAdapter()
    await rt.wx.openBluetoothAdapter()
    await expect(rt.wx.createBLEConnection({ deviceId })).resolves.toMatchObject({ errMsg: 'createBLEConnection:ok' })
  })

  test('already connected: errCode -1 "createBLEConnection:fail:already connect"', async () => {
    const { rt, deviceId } = await connectedScale()
    await expect(rt.wx.createBLEConnection({ deviceId })).rejects.toEqual({ errMsg: 'createBLEConnection:fail:already connect', errno: 1509007, errCode: -1 })
  })

  test('connecting fires onBLEConnectionStateChange { deviceId, connected: true } and takes the peripheral\'s connectDelay', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android', bluetooth: { peripherals: [scale({ deviceId: 'AA:BB:CC:DD:EE:02', connectDelay: 800 })] } })
    const changes: unknown[] = []
    rt.wx.onBLEConnectionStateChange((c) => changes.push(c))
    await rt.wx.openBluetoothAdapter()
    let result: unknown
    void settled(rt.wx.createBLEConnection({ deviceId: 'AA:BB:CC:DD:EE:02' })).then((r) => (result = r))
    rt.clock.advance(799)
    await flush(rt)
    expect(result).toBeUndefined()
    rt.clock.advance(1)
    await flush(rt)
    expect(result).toEqual({ errMsg: 'createBLEConnection:ok', errCode: 0 })
    expect(changes).toEqual([{ deviceId: 'AA:BB:CC:DD:EE:02', connected: true }])
  })

  test('"超时时间，单位 ms": a device out of range fails 10012 operate time out at the timeout', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android', bluetooth: { peripherals: [scale({ deviceId: 'AA:BB:CC:DD:EE:03' })] } })
    await rt.device.bluetooth.peripherals[0]!.goAway()
    await rt.wx.openBluetoothAdapter()
    let result: unknown
    void settled(rt.wx.createBLEConnection({ deviceId: 'AA:BB:CC:DD:EE:03', timeout: 5_000 })).then((r) => (result = r))
    rt.clock.advance(4_999)
    await flush(rt)
    expect(result).toBeUndefined()
    rt.clock.advance(1)
    await flush(rt)
    expect(result).toEqual({ errMsg: 'createBLEConnection:fail operate time out', errno: 1509005, errCode: 10012 })
  })

  test('no timeout ("不填表示不会超时"): Android\'s stack gives up after 30 s with 10003 connection fail; iOS keeps waiting', async () => {
    const android = createRuntime({ scenario: 'granted', platform: 'android' })
    await android.wx.openBluetoothAdapter()
    const a = settled(android.wx.createBLEConnection({ deviceId: 'AA:BB:CC:DD:EE:04' }))
    android.clock.advance(30_000)
    await expect(a).resolves.toEqual({ errMsg: 'createBLEConnection:fail connection fail', errno: 1509001, errCode: 10003 })

    const { rt, deviceId, peripheral } = await connectedScale('ios')
    await rt.wx.closeBLEConnection({ deviceId })
    await peripheral.goAway()
    let result: unknown
    void settled(rt.wx.createBLEConnection({ deviceId })).then((r) => (result = r))
    rt.clock.advance(600_000)
    await flush(rt)
    expect(result).toBeUndefined()
    peripheral.comeBack() // iOS connects when it comes back
    await flush(rt)
    expect(result).toMatchObject({ errMsg: 'createBLEConnection:ok' })
  })

  test('a peripheral that does not accept connections: 10003 on Android', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android', bluetooth: { peripherals: [scale({ deviceId: 'AA:BB:CC:DD:EE:05', connectable: false })] } })
    await rt.wx.openBluetoothAdapter()
    const attempt = settled(rt.wx.createBLEConnection({ deviceId: 'AA:BB:CC:DD:EE:05' }))
    rt.clock.advance(30_000)
    await expect(attempt).resolves.toMatchObject({ errCode: 10003 })
  })
})

describe('wx.onBLEConnectionStateChange: "设备丢失，连接异常断开等等"', () => {
  test('the peripheral disconnects: { connected: false }, and reads/writes then fail 10006 no connection', async () => {
    const { rt, deviceId, peripheral } = await connectedScale()
    const changes: unknown[] = []
    rt.wx.onBLEConnectionStateChange((c) => changes.push(c))
    await peripheral.disconnect()
    expect(changes).toEqual([{ deviceId, connected: false }])
    expect(peripheral.connected).toBe(false)
    await expect(rt.wx.getBLEDeviceServices({ deviceId })).rejects.toEqual({ errMsg: 'getBLEDeviceServices:fail no connection', errno: 1509003, errCode: 10006 })
  })

  test('the peripheral goes out of range: the link drops', async () => {
    const { rt, deviceId, peripheral } = await connectedScale()
    const changes: unknown[] = []
    rt.wx.onBLEConnectionStateChange((c) => changes.push(c))
    await peripheral.goAway()
    expect(changes).toEqual([{ deviceId, connected: false }])
  })

  test('Bluetooth switched off: links drop, the adapter reports available: false, the APIs fail 10001', async () => {
    const { rt, deviceId } = await connectedScale()
    const changes: unknown[] = []
    const adapter: unknown[] = []
    rt.wx.onBLEConnectionStateChange((c) => changes.push(c))
    rt.wx.onBluetoothAdapterStateChange((s) => adapter.push(s))
    rt.device.bluetooth.setEnabled(false)
    await flush(rt)
    expect(changes).toEqual([{ deviceId, connected: false }])
    expect(adapter).toEqual([{ available: false, discovering: false }])
    await expect(rt.wx.getBLEDeviceServices({ deviceId })).rejects.toMatchObject({ errCode: 10001 })
    rt.device.bluetooth.setEnabled(true)
    await flush(rt)
    await expect(rt.wx.getBLEDeviceServices({ deviceId })).rejects.toMatchObject({ errCode: 10006 })
  })
})

describe('wx.closeBLEConnection', () => {
  test('closes the link and reports { connected: false }; again: 10006 no connection', async () => {
    const { rt, deviceId, peripheral } = await connectedScale()
    const changes: unknown[] = []
    rt.wx.onBLEConnectionStateChange((c) => changes.push(c))
    await expect(rt.wx.closeBLEConnection({ deviceId })).resolves.toEqual({ errMsg: 'closeBLEConnection:ok', errCode: 0 })
    await flush(rt)
    expect(changes).toEqual([{ deviceId, connected: false }])
    expect(peripheral.connected).toBe(false)
    await expect(rt.wx.closeBLEConnection({ deviceId })).rejects.toEqual({ errMsg: 'closeBLEConnection:fail no connection', errno: 1509003, errCode: 10006 })
  })

  test('closeBluetoothAdapter drops every link ("调用该方法将断开所有已建立的连接")', async () => {
    const { rt, peripheral } = await connectedScale()
    await rt.wx.closeBluetoothAdapter()
    expect(peripheral.connected).toBe(false)
  })
})
