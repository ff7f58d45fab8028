import { FakeWxError } from '../errors/fake-wx-error.ts'
import { settle } from '../microtasks.ts'
import type { Trace } from '../trace/trace.ts'
import { resolvePeripheral, type PeripheralSpec } from './ble-peripheral.ts'
import { BlePeripheral } from './ble-peripheral-handle.ts'
import { deviceIdStyle, isDeviceIdOf } from './ble-uuid.ts'
import type { Platform } from './platforms.ts'

/** `createRuntime({ bluetooth: { ... } })`: what is around the phone. */
export interface BluetoothOptions {
  /** BLE peripherals near the phone (device/ble-peripheral.ts). */
  peripherals?: PeripheralSpec[]
  /**
   * Android only: whether a scan needs WeChat's OS location permission ("Android6.0以上, BLE扫描需授权地理位置",
   * errno 1509008, PublicErrno copy, research.md §2.2, M; "安卓下部分机型需要有位置权限才能搜索到设备",
   * onBluetoothDeviceFound doc, H). Default true; false for phones on Android 12+ that do not ask.
   */
  scanNeedsLocation?: boolean
}

/**
 * The phone's Bluetooth switch (the system setting, not WeChat's permission). Off: wx.openBluetoothAdapter
 * fails with errCode 10001 and the adapter reports `available: false`; turning it on or off while the
 * adapter is open fires wx.onBluetoothAdapterStateChange (openBluetoothAdapter doc, H).
 *
 * Deliberately minimal: the fuller OS layer (wx.getSystemSetting's `bluetoothEnabled`, OS permissions)
 * can absorb it; only `rt.device.bluetooth` is public.
 */
export class BluetoothSwitch {
  #enabled = true
  readonly #trace: Trace
  #listeners: ((enabled: boolean) => void)[] | undefined
  readonly #platform: Platform
  readonly #peripherals = new Map<string, BlePeripheral>()
  readonly #addedListeners = new Set<(p: BlePeripheral) => void>()
  #centralHandler: ((deviceId: string, connected: boolean) => boolean) | undefined
  /** See BluetoothOptions.scanNeedsLocation. */
  scanNeedsLocation = true

  constructor(trace: Trace, platform: Platform = 'ios') {
    this.#trace = trace
    this.#platform = platform
  }

  /** Puts a BLE peripheral near the phone; the handle drives its side (notify, disconnect, onWrite, goAway). */
  addPeripheral(spec: PeripheralSpec): BlePeripheral {
    const data = resolvePeripheral(spec, deviceIdStyle(this.#platform), this.#peripherals.size)
    if (this.#peripherals.has(data.deviceId)) throw new FakeWxError(`A peripheral with deviceId ${data.deviceId} is already near the phone.`)
    const peripheral = new BlePeripheral(data, this.#trace)
    this.#peripherals.set(data.deviceId, peripheral)
    this.#trace.record({ type: 'device', change: 'ble.addPeripheral', value: { deviceId: data.deviceId, name: data.name } })
    for (const listener of [...this.#addedListeners]) listener(peripheral)
    return peripheral
  }

  /** The peripherals near the phone, in the order they were added. */
  get peripherals(): readonly BlePeripheral[] {
    return [...this.#peripherals.values()]
  }

  /** The peripheral with this deviceId (as the client reports it). */
  peripheral(deviceId: string): BlePeripheral | undefined {
    return this.#peripherals.get(isDeviceIdOf('uuid', deviceId) ? deviceId.toUpperCase() : deviceId)
  }

  /**
   * A remote central (another phone, a gateway) connects to this phone's advertising BLEPeripheralServer:
   * wx.onBLEPeripheralConnectionStateChanged fires `{ deviceId, serverId, connected: true }`.
   */
  connectCentral(deviceId: string): Promise<void> {
    return this.#central(deviceId, true)
  }

  /** The remote central disconnects from this phone's peripheral server. */
  disconnectCentral(deviceId: string): Promise<void> {
    return this.#central(deviceId, false)
  }

  /** @internal Heard by the Bluetooth APIs when a peripheral is added. */
  onPeripheralAdded(listener: (p: BlePeripheral) => void): void {
    this.#addedListeners.add(listener)
  }

  /** @internal Set by the peripheral server (apis/bluetooth): answers whether a server took the central. */
  setCentralHandler(handler: (deviceId: string, connected: boolean) => boolean): void {
    this.#centralHandler = handler
  }

  #central(deviceId: string, connected: boolean): Promise<void> {
    if (typeof deviceId !== 'string' || deviceId === '') throw new FakeWxError('connectCentral / disconnectCentral need the central\'s deviceId (a string).')
    if (!this.#centralHandler?.(deviceId, connected)) {
      throw new FakeWxError(
        connected ? `No BLEPeripheralServer is advertising, so central ${deviceId} cannot connect.` : `Central ${deviceId} is not connected to a peripheral server.`,
        connected ? 'Create one with wx.createBLEPeripheralServer() and call server.startAdvertising(...) first.' : 'Call rt.device.bluetooth.connectCentral(deviceId) first.',
      )
    }
    this.#trace.record({ type: 'device', change: connected ? 'ble.centralConnected' : 'ble.centralDisconnected', value: deviceId })
    return settle()
  }

  /** Whether Bluetooth is on (default true). */
  get enabled(): boolean {
    return this.#enabled
  }

  /** The user turns Bluetooth on or off in the phone's control centre. */
  setEnabled(enabled: boolean): void {
    if (typeof enabled !== 'boolean') throw new FakeWxError(`rt.device.bluetooth.setEnabled needs true or false, got ${String(enabled)}.`)
    if (enabled === this.#enabled) return
    this.#enabled = enabled
    this.#trace.record({ type: 'device', change: 'bluetoothEnabled', value: enabled })
    for (const listener of this.#listeners ?? []) listener(enabled)
  }

  /** Called on every change of the switch (runtime internals). */
  onChange(listener: (enabled: boolean) => void): void {
    ;(this.#listeners ??= []).push(listener)
  }
}

/** Applies `createRuntime({ bluetooth })`. */
export function applyBluetoothOptions(bluetooth: BluetoothSwitch, options: BluetoothOptions | undefined): void {
  if (options === undefined) return
  if (typeof options !== 'object' || options === null) throw new FakeWxError('createRuntime({ bluetooth }) takes { peripherals?, scanNeedsLocation? }.')
  if (options.scanNeedsLocation !== undefined) {
    if (typeof options.scanNeedsLocation !== 'boolean') throw new FakeWxError('bluetooth.scanNeedsLocation must be true or false.')
    bluetooth.scanNeedsLocation = options.scanNeedsLocation
  }
  if (options.peripherals !== undefined && !Array.isArray(options.peripherals)) throw new FakeWxError('bluetooth.peripherals must be an array of peripherals.')
  for (const p of options.peripherals ?? []) bluetooth.addPeripheral(p)
}
