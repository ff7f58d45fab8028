// The phone as a BLE central: what it found, what it is connected to, and how the peripherals' side
// (rt.device.bluetooth's handles) and the phone's switch reach the app's listeners.
import type { ApiContext, RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { phoneSide, type BlePeripheral } from '../../device/ble-peripheral-handle.ts'
import type { Outcome } from '../../errors/wx-error.ts'
import { later } from '../../facade/deliver.ts'
import { bleFail } from './ble-errors.ts'
import { bluetoothAdapter, notInit } from './bluetooth-adapter.ts'

/** One link to a peripheral, and what the app discovered on it (the GATT table must be read before use). */
export interface BleConnection {
  readonly peripheral: BlePeripheral
  /** wx.getBLEDeviceServices was called on this link. */
  servicesRead: boolean
  /** Services whose characteristics wx.getBLEDeviceCharacteristics read. */
  readonly characteristicsRead: Set<string>
  /** `service|characteristic` keys subscribed with notifyBLECharacteristicValueChange({ state: true }). */
  readonly subscribed: Set<string>
  mtu: number
}

/** A link being made: the calls waiting for it (undefined = connected, else their failure). */
export interface ConnectAttempt {
  readonly waiters: Set<(outcome: Outcome<never> | undefined) => void>
  /** The peripheral may answer now (it came back into range). */
  tryNow(): void
}

export interface Central {
  /** Devices found while the module is open (wx.getBluetoothDevices), by deviceId. */
  readonly found: Map<string, WechatMiniprogram.BlueToothDevice>
  readonly connections: Map<string, BleConnection>
  /** Connection attempts under way, by deviceId (createBLEConnection.ts). */
  readonly connecting: Map<string, ConnectAttempt>
  /** Devices this phone has seen (iOS reconnects to them without a scan; survives closeBluetoothAdapter). */
  readonly known: Set<string>
  /** Stops the running scan (set by ble-discovery.ts); `report` fires onBluetoothAdapterStateChange. */
  stopScan?: ((report?: boolean) => void) | undefined
  /** Hears a peripheral that came into range or was added (set by ble-discovery.ts while scanning). */
  onPeripheralNear?: ((p: BlePeripheral) => void) | undefined
}

/** Delivers a client event to `wx.onXxx` listeners, asynchronously, and traces it. */
export function emitEvent(core: RuntimeCore, name: string, channel: string, payload: object): void {
  later(() => {
    core.trace.record({ type: 'event', name, payload })
    core.events.emit(channel, payload)
  })
}

export const subscriptionKey = (serviceUuid: string, characteristicUuid: string) => `${serviceUuid}|${characteristicUuid}`

export function central(core: RuntimeCore): Central {
  return stateOf(core, 'bluetooth.central', () => {
    const state: Central = { found: new Map(), connections: new Map(), connecting: new Map(), known: new Set() }
    const hook = (p: BlePeripheral) => phoneSide(p).onSignal((signal) => {
      if (signal.type === 'notify') {
        const link = state.connections.get(p.deviceId)
        if (!link || !link.subscribed.has(subscriptionKey(signal.serviceId, signal.characteristicId))) return
        emitEvent(core, 'onBLECharacteristicValueChange', 'bleCharacteristicValueChange', {
          deviceId: p.deviceId,
          serviceId: signal.serviceId,
          characteristicId: signal.characteristicId,
          value: signal.value,
        })
      } else if (signal.type === 'disconnect' || signal.type === 'away') {
        dropConnection(core, state, p.deviceId, true)
      } else if (signal.type === 'back') {
        state.onPeripheralNear?.(p)
        state.connecting.get(p.deviceId)?.tryNow()
      }
    })
    core.device.bluetooth.peripherals.forEach(hook)
    core.device.bluetooth.onPeripheralAdded((p) => {
      hook(p)
      state.onPeripheralNear?.(p)
    })
    // Bluetooth off: the scan stops and every link drops, each reported (onBLEConnectionStateChange doc:
    // "蓝牙连接随时可能断开", createBLEConnection doc, H; the adapter event is bluetooth-adapter.ts').
    core.device.bluetooth.onChange((enabled) => {
      if (enabled) return
      state.stopScan?.(false) // bluetooth-adapter.ts reports { available: false, discovering: false }
      for (const deviceId of [...state.connections.keys()]) dropConnection(core, state, deviceId, true)
      for (const attempt of [...state.connecting.values()]) for (const end of [...attempt.waiters]) end(bleFail(10003))
    })
    return state
  })
}

/** Ends a link; `report` fires onBLEConnectionStateChange `{ deviceId, connected: false }`. */
export function dropConnection(core: RuntimeCore, state: Central, deviceId: string, report: boolean): void {
  const link = state.connections.get(deviceId)
  if (!link) return
  state.connections.delete(deviceId)
  phoneSide(link.peripheral).setConnected(false)
  if (report) emitEvent(core, 'onBLEConnectionStateChange', 'bleConnectionStateChange', { deviceId, connected: false })
}

/**
 * Every central API first needs the module open in central mode ("其他蓝牙相关 API 必须在 wx.openBluetoothAdapter
 * 调用之后使用。否则 API 会返回错误（errCode=10000）", H) and the adapter available (10001 "当前蓝牙适配器不可用", H).
 * iOS opens the roles separately ("需分别调用一次，并指定对应的 mode", H): peripheral mode alone does not open the
 * central APIs (10000, L).
 */
export function centralUnusable(ctx: ApiContext): Outcome<never> | undefined {
  if (!bluetoothAdapter(ctx).opened.has('central')) return notInit()
  if (!ctx.device.bluetooth.enabled) return bleFail(10001)
  return undefined
}

/**
 * The link a GATT API names. "若对未连接的设备或已断开连接的设备调用数据读写操作的接口，会返回 10006 错误"
 * (createBLEConnection doc, H).
 */
export function linkOf(ctx: ApiContext, deviceId: string): BleConnection | Outcome<never> {
  const unusable = centralUnusable(ctx)
  if (unusable) return unusable
  const link = central(ctx).connections.get(normalizeDeviceId(deviceId))
  return link ?? bleFail(10006)
}

/** iOS ids are UUIDs, which compare without case; Android MACs are taken as given. */
export const normalizeDeviceId = (id: string): string => (/^[0-9a-f-]{36}$/i.test(id) ? id.toUpperCase() : id)

/** The device as wx.onBluetoothDeviceFound / getBluetoothDevices report it, a fresh copy each time. */
export function deviceInfo(p: BlePeripheral): WechatMiniprogram.BlueToothDevice {
  const d = phoneSide(p).data
  return {
    deviceId: d.deviceId,
    name: d.name,
    localName: d.localName,
    RSSI: d.RSSI,
    advertisData: d.advertisData.slice(0),
    advertisServiceUUIDs: [...d.advertisServiceUUIDs],
    serviceData: Object.fromEntries(Object.entries(d.serviceData).map(([k, v]) => [k, v.slice(0)])),
    connectable: d.connectable,
  }
}
