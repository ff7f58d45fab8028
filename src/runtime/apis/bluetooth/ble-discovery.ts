// The scan behind wx.startBluetoothDevicesDiscovery, on the runtime clock: a peripheral in range is heard once
// per advertising packet (its `advertisingInterval`, default 100 ms), so `rt.clock.advance(ms)` drives it.
import type { RuntimeCore } from '../../core.ts'
import { phoneSide, type BlePeripheral } from '../../device/ble-peripheral-handle.ts'
import { central, deviceInfo, emitEvent } from './ble-central.ts'
import { bluetoothAdapter, emitAdapterState } from './bluetooth-adapter.ts'

export interface ScanOptions {
  /** 128-bit upper-case UUIDs; empty = every device. */
  readonly services: readonly string[]
  readonly allowDuplicatesKey: boolean
  readonly interval: number
  /** Android with the location switch off: the scan runs but hears nothing (see startBluetoothDevicesDiscovery.ts). */
  readonly deaf: boolean
}

export function startScan(core: RuntimeCore, options: ScanOptions): void {
  const state = central(core)
  const adapter = bluetoothAdapter(core)
  const wasScanning = adapter.discovering
  state.stopScan?.(false)
  const timers = new Map<string, () => void>()
  const seen = new Set<string>()
  let batch = new Map<string, WechatMiniprogram.BlueToothDevice>()

  // "如果设置此参数，则只搜索广播包有对应 UUID 的主服务的蓝牙设备" (doc, H). A connected peripheral is taken
  // to stop advertising, as most do (L).
  const audible = (p: BlePeripheral) =>
    !options.deaf && p.inRange && !p.connected && (options.services.length === 0 || options.services.some((u) => phoneSide(p).data.advertisServiceUUIDs.includes(u)))

  const listen = (p: BlePeripheral) => {
    if (timers.has(p.deviceId)) return
    timers.set(p.deviceId, core.clock.schedule(phoneSide(p).data.advertisingInterval, () => {
      timers.delete(p.deviceId)
      heard(p)
    }))
  }

  const heard = (p: BlePeripheral) => {
    if (!audible(p)) return listen(p)
    const info = deviceInfo(p)
    // "若在 wx.onBluetoothDeviceFound 回调了某个设备，则此设备会添加到 wx.getBluetoothDevices 接口获取到的数组中" (H)
    state.found.set(p.deviceId, info)
    state.known.add(p.deviceId)
    const again = seen.has(p.deviceId)
    seen.add(p.deviceId)
    // "是否允许重复上报同一设备。如果允许重复上报，则 … 会多次上报同一设备，但是 RSSI 值会有不同" (H)
    if (options.allowDuplicatesKey) listen(p)
    if (again && !options.allowDuplicatesKey) return
    // "上报设备的间隔，单位 ms。0 表示找到新设备立即上报，其他数值根据传入的间隔上报" (H)
    if (options.interval === 0) emitEvent(core, 'onBluetoothDeviceFound', 'bluetoothDeviceFound', { devices: [info] })
    else batch.set(p.deviceId, info)
  }

  let stopFlush: (() => void) | undefined
  const flush = () => {
    if (batch.size > 0) emitEvent(core, 'onBluetoothDeviceFound', 'bluetoothDeviceFound', { devices: [...batch.values()] })
    batch = new Map()
    stopFlush = core.clock.schedule(options.interval, flush)
  }
  if (options.interval > 0) stopFlush = core.clock.schedule(options.interval, flush)

  for (const p of core.device.bluetooth.peripherals) listen(p)
  state.onPeripheralNear = listen
  state.stopScan = (report = true) => {
    for (const cancel of timers.values()) cancel()
    timers.clear()
    stopFlush?.()
    state.stopScan = undefined
    state.onPeripheralNear = undefined
    adapter.discovering = false
    if (report) emitAdapterState(core, { available: core.device.bluetooth.enabled, discovering: false })
  }
  adapter.discovering = true
  // The adapter reports the scan: onBluetoothAdapterStateChange `{ available, discovering }` (its result type, H;
  // that it fires when discovering changes: app logs, M).
  if (!wasScanning) emitAdapterState(core, { available: true, discovering: true })
}
