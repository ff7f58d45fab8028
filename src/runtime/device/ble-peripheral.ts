import { FakeWxError } from '../errors/fake-wx-error.ts'
import { bleUuid, checkDeviceId, type DeviceIdStyle } from './ble-uuid.ts'

/**
 * A Bluetooth Low Energy peripheral near the phone (a scale, a band, a lock), put there by the test:
 * `createRuntime({ bluetooth: { peripherals: [...] } })` or `rt.device.bluetooth.addPeripheral({...})`.
 * What it advertises is what wx.onBluetoothDeviceFound reports (BlueToothDevice in the typings, H);
 * its GATT table is what wx.getBLEDeviceServices / getBLEDeviceCharacteristics read.
 */
export interface PeripheralCharacteristicSpec {
  uuid: string
  /** BLECharacteristicProperties (typings). Missing keys are false. */
  properties?: Partial<Record<'read' | 'write' | 'notify' | 'indicate' | 'writeNoResponse', boolean>>
  /** The current value (what a read returns). Default: empty. */
  value?: ArrayBuffer
}

export interface PeripheralServiceSpec {
  uuid: string
  /** Default true. */
  isPrimary?: boolean
  characteristics?: PeripheralCharacteristicSpec[]
}

export interface PeripheralSpec {
  /** Android: the MAC 'AA:BB:CC:DD:EE:FF'; iOS and the PCs: a UUID the phone assigns. Default: one made from its order. */
  deviceId?: string
  /** The device's name (GAP name). */
  name?: string
  /** The LocalName of its advertising packet. */
  localName?: string
  /** Signal strength in dBm (default -60). */
  RSSI?: number
  /** The ManufacturerData of its advertising packet ("广播数据段中的 ManufacturerData 数据段", typings). */
  advertisData?: ArrayBuffer
  /** Same as advertisData (the manufacturer data); give one of the two. */
  manufacturer?: ArrayBuffer
  /** The ServiceUUIDs it advertises: what `startBluetoothDevicesDiscovery({ services })` filters on. Default: none. */
  advertisServiceUUIDs?: string[]
  /** The ServiceData of its advertising packet, by service UUID. */
  serviceData?: Record<string, ArrayBuffer>
  /** Whether it accepts connections (default true). */
  connectable?: boolean
  /** Milliseconds between its advertising packets (default 100): when a scan hears it, on rt.clock. */
  advertisingInterval?: number
  /** Milliseconds a connection takes to establish (default 0: at once), on rt.clock. */
  connectDelay?: number
  /** The largest ATT MTU it accepts (default 247). */
  maxMtu?: number
  services?: PeripheralServiceSpec[]
}

export interface PeripheralCharacteristic {
  readonly uuid: string
  readonly properties: Readonly<WechatMiniprogram.BLECharacteristicProperties>
  value: ArrayBuffer
}

export interface PeripheralService {
  readonly uuid: string
  readonly isPrimary: boolean
  readonly characteristics: readonly PeripheralCharacteristic[]
}

/** What the peripheral was, fully resolved (UUIDs upper-case 128-bit, as the client reports them). */
export interface PeripheralData {
  readonly deviceId: string
  readonly name: string
  readonly localName: string
  RSSI: number
  readonly advertisData: ArrayBuffer
  readonly advertisServiceUUIDs: readonly string[]
  readonly serviceData: Readonly<Record<string, ArrayBuffer>>
  readonly connectable: boolean
  readonly advertisingInterval: number
  readonly connectDelay: number
  readonly maxMtu: number
  readonly services: readonly PeripheralService[]
}

const KNOWN_KEYS = new Set([
  'deviceId', 'name', 'localName', 'RSSI', 'advertisData', 'manufacturer', 'advertisServiceUUIDs', 'serviceData',
  'connectable', 'advertisingInterval', 'connectDelay', 'maxMtu', 'services',
])

const isBuffer = (v: unknown): v is ArrayBuffer => v instanceof ArrayBuffer
const where = (spec: PeripheralSpec) => `Peripheral ${JSON.stringify(spec.deviceId ?? spec.name ?? spec.localName ?? '?')}`

function msOption(spec: PeripheralSpec, key: 'advertisingInterval' | 'connectDelay', fallback: number): number {
  const v = spec[key]
  if (v === undefined) return fallback
  if (typeof v !== 'number' || !(v >= 0)) throw new FakeWxError(`${where(spec)}: ${key} must be a number of ms ≥ 0, got ${JSON.stringify(v)}.`)
  return v
}

/** Checks a test's peripheral and resolves its defaults. */
export function resolvePeripheral(spec: PeripheralSpec, style: DeviceIdStyle, index: number): PeripheralData {
  if (typeof spec !== 'object' || spec === null) throw new FakeWxError(`A peripheral must be an object, got ${String(spec)}.`, `e.g. rt.device.bluetooth.addPeripheral({ name: 'Scale', services: [...] })`)
  const unknown = Object.keys(spec).filter((k) => !KNOWN_KEYS.has(k))
  if (unknown.length) throw new FakeWxError(`${where(spec)}: unknown key ${unknown.join(', ')}.`, `Known: ${[...KNOWN_KEYS].join(', ')}.`)
  for (const key of ['name', 'localName'] as const) {
    if (spec[key] !== undefined && typeof spec[key] !== 'string') throw new FakeWxError(`${where(spec)}: ${key} must be a string.`)
  }
  if (spec.advertisData !== undefined && spec.manufacturer !== undefined) {
    throw new FakeWxError(`${where(spec)}: give advertisData or manufacturer (the same ManufacturerData), not both.`)
  }
  const advertisData = spec.advertisData ?? spec.manufacturer ?? new ArrayBuffer(0)
  if (!isBuffer(advertisData)) throw new FakeWxError(`${where(spec)}: advertisData must be an ArrayBuffer.`, 'e.g. new Uint8Array([0x01, 0x02]).buffer')
  const RSSI = spec.RSSI ?? -60
  if (typeof RSSI !== 'number' || !Number.isFinite(RSSI) || RSSI > 0) throw new FakeWxError(`${where(spec)}: RSSI is in dBm, a number ≤ 0 (e.g. -60), got ${JSON.stringify(spec.RSSI)}.`)
  const serviceData: Record<string, ArrayBuffer> = {}
  for (const [uuid, data] of Object.entries(spec.serviceData ?? {})) {
    if (!isBuffer(data)) throw new FakeWxError(`${where(spec)}: serviceData[${JSON.stringify(uuid)}] must be an ArrayBuffer.`)
    serviceData[bleUuid(uuid, `${where(spec)} serviceData`)] = data
  }
  if (spec.services !== undefined && !Array.isArray(spec.services)) throw new FakeWxError(`${where(spec)}: services must be an array.`)
  const maxMtu = spec.maxMtu ?? 247
  if (!Number.isInteger(maxMtu) || maxMtu < 23 || maxMtu > 517) throw new FakeWxError(`${where(spec)}: maxMtu is an ATT MTU, an integer from 23 to 517.`)
  return {
    deviceId: spec.deviceId === undefined ? defaultDeviceId(style, index) : checkDeviceId(spec.deviceId, style, where(spec)),
    name: spec.name ?? spec.localName ?? '',
    localName: spec.localName ?? spec.name ?? '',
    RSSI,
    advertisData,
    advertisServiceUUIDs: (spec.advertisServiceUUIDs ?? []).map((u) => bleUuid(u, `${where(spec)} advertisServiceUUIDs`)),
    serviceData,
    connectable: spec.connectable ?? true,
    advertisingInterval: msOption(spec, 'advertisingInterval', 100),
    connectDelay: msOption(spec, 'connectDelay', 0),
    maxMtu,
    services: (spec.services ?? []).map((s) => resolveService(s, where(spec))),
  }
}

function resolveService(s: PeripheralServiceSpec, at: string): PeripheralService {
  if (typeof s !== 'object' || s === null) throw new FakeWxError(`${at}: each service is { uuid, isPrimary?, characteristics? }.`)
  const uuid = bleUuid(s.uuid, `${at} service`)
  const characteristics = (s.characteristics ?? []).map((c) => {
    const cuuid = bleUuid(c.uuid, `${at} service ${uuid} characteristic`)
    if (c.value !== undefined && !isBuffer(c.value)) throw new FakeWxError(`${at}: characteristic ${cuuid} value must be an ArrayBuffer.`)
    const p = c.properties ?? {}
    const bad = Object.keys(p).find((k) => !['read', 'write', 'notify', 'indicate', 'writeNoResponse'].includes(k))
    if (bad) throw new FakeWxError(`${at}: characteristic ${cuuid} has an unknown property ${JSON.stringify(bad)}.`, 'Known: read, write, notify, indicate, writeNoResponse.')
    const properties = {
      read: p.read === true,
      write: p.write === true,
      notify: p.notify === true,
      indicate: p.indicate === true,
      writeNoResponse: p.writeNoResponse === true,
      // "该特征是否支持有回复写操作" (typings): the same as write (L).
      writeDefault: p.write === true,
    }
    return { uuid: cuuid, properties, value: c.value ?? new ArrayBuffer(0) }
  })
  return { uuid, isPrimary: s.isPrimary ?? true, characteristics }
}

/** A deviceId in the platform's form, made from the peripheral's order (deterministic). */
function defaultDeviceId(style: DeviceIdStyle, index: number): string {
  const hex = (index + 1).toString(16).toUpperCase().padStart(12, '0')
  if (style === 'mac') return hex.match(/../g)!.join(':')
  return `00000000-0000-4000-8000-${hex}`
}
