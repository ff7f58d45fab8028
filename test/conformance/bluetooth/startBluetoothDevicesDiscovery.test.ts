import { describe, expect, test, vi } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'
import { flush, promisify, scale } from './ble-app.ts'

const settled = (p: Promise<unknown>) => p.then((r) => r, (e) => e)

/** Opens the adapter and collects every onBluetoothDeviceFound batch, as a device-list page does. */
async function scanPage(rt: Runtime, options: object = {}) {
  const batches: WechatMiniprogram.BlueToothDevice[][] = []
  rt.wx.onBluetoothDeviceFound(({ devices }) => batches.push(devices))
  await promisify(rt.wx.openBluetoothAdapter)()
  const started = await settled(promisify(rt.wx.startBluetoothDevicesDiscovery)(options))
  return { batches, started }
}

const names = (batches: WechatMiniprogram.BlueToothDevice[][]) => batches.map((b) => b.map((d) => d.name))

describe('wx.startBluetoothDevicesDiscovery', () => {
  test('before wx.openBluetoothAdapter: errCode 10000 "not init"', async () => {
    const rt = createRuntime()
    await expect(rt.wx.startBluetoothDevicesDiscovery({})).rejects.toEqual({ errMsg: 'startBluetoothDevicesDiscovery:fail not init', errno: 1500101, errCode: 10000 })
  })

  test('Bluetooth off: errCode 10001 "not available" (errno 1500102)', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    rt.device.bluetooth.setEnabled(false)
    await rt.wx.openBluetoothAdapter().catch(() => {})
    await expect(rt.wx.startBluetoothDevicesDiscovery({})).rejects.toEqual({ errMsg: 'startBluetoothDevicesDiscovery:fail not available', errno: 1500102, errCode: 10001 })
  })

  test('success is { errMsg, errCode: 0 }; a device is found one advertising interval later, on rt.clock', async () => {
    const rt = createRuntime({ scenario: 'granted', bluetooth: { peripherals: [scale({ advertisingInterval: 300 })] } })
    const { batches, started } = await scanPage(rt)
    expect(started).toEqual({ errMsg: 'startBluetoothDevicesDiscovery:ok', errCode: 0 })
    rt.clock.advance(299)
    await flush(rt)
    expect(batches).toEqual([])
    rt.clock.advance(1)
    await flush(rt)
    expect(batches).toEqual([
      [
        {
          deviceId: '00000000-0000-4000-8000-000000000001',
          name: 'MyScale-01',
          localName: 'MyScale-01',
          RSSI: -55,
          advertisData: new Uint8Array([0x4d, 0x53, 0x01]).buffer,
          advertisServiceUUIDs: ['0000FFE0-0000-1000-8000-00805F9B34FB'],
          serviceData: {},
          connectable: true,
        },
      ],
    ])
  })

  test('"如果设置此参数，则只搜索广播包有对应 UUID 的主服务的蓝牙设备": services filters on the advertised UUIDs', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    rt.device.bluetooth.addPeripheral(scale())
    rt.device.bluetooth.addPeripheral({ name: 'Band', advertisServiceUUIDs: ['180D'] })
    rt.device.bluetooth.addPeripheral({ name: 'Quiet', services: [{ uuid: 'FFE0' }] }) // has the service, does not advertise it
    const { batches } = await scanPage(rt, { services: ['ffe0'] })
    rt.clock.advance(1_000)
    await flush(rt)
    expect(names(batches)).toEqual([['MyScale-01']])
  })

  test('allowDuplicatesKey false reports a device once; true reports it again on each packet, "但是 RSSI 值会有不同"', async () => {
    const once = createRuntime({ scenario: 'granted', bluetooth: { peripherals: [scale()] } })
    const a = await scanPage(once)
    once.clock.advance(500)
    await flush(once)
    expect(a.batches).toHaveLength(1)

    const dup = createRuntime({ scenario: 'granted', bluetooth: { peripherals: [scale()] } })
    const b = await scanPage(dup, { allowDuplicatesKey: true })
    dup.clock.advance(200)
    dup.device.bluetooth.peripherals[0]!.setRSSI(-80)
    dup.clock.advance(100)
    await flush(dup)
    expect(b.batches.map(([d]) => d!.RSSI)).toEqual([-55, -55, -80])
  })

  test('"上报设备的间隔，单位 ms。0 表示找到新设备立即上报，其他数值根据传入的间隔上报": interval batches devices', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    rt.device.bluetooth.addPeripheral({ name: 'A', advertisingInterval: 100 })
    rt.device.bluetooth.addPeripheral({ name: 'B', advertisingInterval: 250 })
    const { batches } = await scanPage(rt, { interval: 1_000 })
    rt.clock.advance(999)
    await flush(rt)
    expect(batches).toEqual([])
    rt.clock.advance(1)
    await flush(rt)
    expect(names(batches)).toEqual([['A', 'B']])
  })

  test('onBluetoothAdapterStateChange reports discovering: true on start and false on stop; getBluetoothAdapterState agrees', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const states: unknown[] = []
    rt.wx.onBluetoothAdapterStateChange((s) => states.push(s))
    await scanPage(rt)
    await flush(rt)
    await expect(rt.wx.getBluetoothAdapterState()).resolves.toMatchObject({ discovering: true })
    await expect(rt.wx.stopBluetoothDevicesDiscovery()).resolves.toEqual({ errMsg: 'stopBluetoothDevicesDiscovery:ok', errCode: 0 })
    await flush(rt)
    expect(states).toEqual([{ available: true, discovering: true }, { available: true, discovering: false }])
    await expect(rt.wx.getBluetoothAdapterState()).resolves.toMatchObject({ discovering: false })
  })

  test('after stopBluetoothDevicesDiscovery nothing more is reported', async () => {
    const rt = createRuntime({ scenario: 'granted', bluetooth: { peripherals: [scale({ advertisingInterval: 500 })] } })
    const { batches } = await scanPage(rt)
    await rt.wx.stopBluetoothDevicesDiscovery()
    rt.clock.advance(1_000)
    await flush(rt)
    expect(batches).toEqual([])
  })

  test('a peripheral that comes near during the scan is found; one that went away is not', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const gone = rt.device.bluetooth.addPeripheral({ name: 'Gone' })
    await gone.goAway()
    const { batches } = await scanPage(rt)
    rt.clock.advance(50)
    rt.device.bluetooth.addPeripheral({ name: 'Late' })
    rt.clock.advance(500)
    await flush(rt)
    expect(names(batches)).toEqual([['Late']])
    gone.comeBack()
    rt.clock.advance(100)
    await flush(rt)
    expect(names(batches)).toEqual([['Late'], ['Gone']])
  })

  test('works under vi.useFakeTimers(): the scan runs on rt.clock, not on timers', async () => {
    vi.useFakeTimers()
    try {
      const rt = createRuntime({ scenario: 'granted', bluetooth: { peripherals: [scale()] } })
      const { batches } = await scanPage(rt)
      rt.clock.advance(100)
      await flush(rt)
      expect(names(batches)).toEqual([['MyScale-01']])
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('wx.startBluetoothDevicesDiscovery on Android: "安卓下部分机型需要有位置权限才能搜索到设备"', () => {
  test('WeChat without the OS location permission: "location permission is denied", errno 1509008', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android', os: { location: 'denied' }, bluetooth: { peripherals: [scale()] } })
    const { started } = await scanPage(rt)
    expect(started).toEqual({ errMsg: 'startBluetoothDevicesDiscovery:fail location permission is denied', errno: 1509008 })
    const ios = createRuntime({ scenario: 'granted', platform: 'ios', os: { location: 'denied' } })
    await expect(scanPage(ios)).resolves.toMatchObject({ started: { errMsg: 'startBluetoothDevicesDiscovery:ok' } })
  })

  test('phones that do not ask (Android 12+): bluetooth.scanNeedsLocation false', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android', os: { location: 'denied' }, bluetooth: { scanNeedsLocation: false } })
    await expect(scanPage(rt)).resolves.toMatchObject({ started: { errMsg: 'startBluetoothDevicesDiscovery:ok' } })
  })

  test('location services off ("部分机型需要同时开启GPS"): the scan starts but finds nothing', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android', switches: { location: false }, bluetooth: { peripherals: [scale()] } })
    const { batches, started } = await scanPage(rt)
    expect(started).toMatchObject({ errMsg: 'startBluetoothDevicesDiscovery:ok' })
    rt.clock.advance(1_000)
    await flush(rt)
    expect(batches).toEqual([])
  })
})
