import { FakeWxError } from '../errors/fake-wx-error.ts'
import { settle } from '../microtasks.ts'
import type { Trace } from '../trace/trace.ts'
import type { PeripheralCharacteristic, PeripheralData } from './ble-peripheral.ts'
import { expandUuid } from './ble-uuid.ts'

/** A write the phone made to the peripheral (what `peripheral.onWrite` and `peripheral.writes` show). */
export interface PeripheralWrite {
  readonly serviceId: string
  readonly characteristicId: string
  readonly value: ArrayBuffer
  readonly writeType: 'write' | 'writeNoResponse'
}

/** What the peripheral side does, heard by the phone's Bluetooth stack (apis/bluetooth/ble-central.ts). */
export type PeripheralSignal =
  | { readonly type: 'notify'; readonly serviceId: string; readonly characteristicId: string; readonly value: ArrayBuffer }
  | { readonly type: 'disconnect' }
  | { readonly type: 'away' }
  | { readonly type: 'back' }

/** The phone's side of a peripheral (runtime internals, not on the test's handle). */
export interface PhoneSide {
  readonly data: PeripheralData
  /** The characteristic app input names (any case, short forms), or undefined. */
  characteristic(serviceId: string, characteristicId: string): PeripheralCharacteristic | undefined
  setConnected(connected: boolean): void
  /** A write arrived from the phone. */
  received(write: PeripheralWrite): void
  onSignal(listener: (signal: PeripheralSignal) => void): void
}

const PHONE_SIDE = new WeakMap<BlePeripheral, PhoneSide>()

/** The phone's side of this peripheral. */
export const phoneSide = (p: BlePeripheral): PhoneSide => PHONE_SIDE.get(p)!

/**
 * The test's handle on one peripheral: drive its side of the link. `notify` sends a characteristic value
 * (reaches wx.onBLECharacteristicValueChange once the app subscribed), `disconnect` drops the link (the
 * device turned off or reset), `goAway` takes it out of range, `onWrite` sees — and can answer — the app's writes.
 */
export class BlePeripheral {
  readonly #data: PeripheralData
  readonly #trace: Trace
  #inRange = true
  #connected = false
  readonly #writes: PeripheralWrite[] = []
  readonly #writeHandlers = new Set<(write: PeripheralWrite) => void>()
  readonly #listeners = new Set<(signal: PeripheralSignal) => void>()

  constructor(data: PeripheralData, trace: Trace) {
    this.#data = data
    this.#trace = trace
    PHONE_SIDE.set(this, {
      data,
      characteristic: (serviceId, characteristicId) => this.#characteristic(serviceId, characteristicId),
      setConnected: (connected) => void (this.#connected = connected),
      received: (write) => {
        this.#writes.push(write)
        for (const handler of [...this.#writeHandlers]) handler(write)
      },
      onSignal: (listener) => void this.#listeners.add(listener),
    })
  }

  get deviceId(): string {
    return this.#data.deviceId
  }

  get name(): string {
    return this.#data.name
  }

  /** Whether the phone holds a connection to it. */
  get connected(): boolean {
    return this.#connected
  }

  /** Whether it is near the phone (advertising, connectable). */
  get inRange(): boolean {
    return this.#inRange
  }

  get RSSI(): number {
    return this.#data.RSSI
  }

  /** Every write the app made, oldest first. */
  get writes(): readonly PeripheralWrite[] {
    return this.#writes
  }

  /** Sends a notification / indication of a characteristic that has the notify or indicate property. */
  notify(serviceId: string, characteristicId: string, value: ArrayBuffer): Promise<void> {
    const c = this.#characteristicOrThrow(serviceId, characteristicId, 'notify')
    if (!c.properties.notify && !c.properties.indicate) {
      throw new FakeWxError(`Peripheral ${this.deviceId}: characteristic ${characteristicId} has neither notify nor indicate.`, 'Add properties: { notify: true } to it.')
    }
    if (!(value instanceof ArrayBuffer)) throw new FakeWxError(`peripheral.notify needs an ArrayBuffer value.`, 'e.g. new Uint8Array([0x01]).buffer')
    c.value = value.slice(0)
    this.#trace.record({ type: 'device', change: 'ble.notify', value: { deviceId: this.deviceId, characteristicId, bytes: value.byteLength } })
    this.#emit({ type: 'notify', serviceId: expandUuid(serviceId)!, characteristicId: c.uuid, value: value.slice(0) })
    return settle()
  }

  /** Sets a characteristic's value without telling anyone (what the next read returns). */
  setValue(serviceId: string, characteristicId: string, value: ArrayBuffer): void {
    if (!(value instanceof ArrayBuffer)) throw new FakeWxError(`peripheral.setValue needs an ArrayBuffer value.`)
    this.#characteristicOrThrow(serviceId, characteristicId, 'setValue').value = value.slice(0)
  }

  /** The peripheral drops the connection (reset, power off, its own timeout). */
  disconnect(): Promise<void> {
    if (!this.#connected) throw new FakeWxError(`Peripheral ${this.deviceId} is not connected, so it cannot disconnect.`, 'Connect first with wx.createBLEConnection.')
    this.#trace.record({ type: 'device', change: 'ble.disconnect', value: this.deviceId })
    this.#emit({ type: 'disconnect' })
    return settle()
  }

  /** Its signal strength changes (what scans and wx.getBLEDeviceRSSI report). */
  setRSSI(RSSI: number): void {
    if (typeof RSSI !== 'number' || !Number.isFinite(RSSI) || RSSI > 0) throw new FakeWxError(`setRSSI needs dBm, a number ≤ 0, got ${JSON.stringify(RSSI)}.`)
    this.#data.RSSI = RSSI
  }

  /** Listens to the app's writes; the handler may answer with `peripheral.notify(...)`. Returns an unsubscribe. */
  onWrite(handler: (write: PeripheralWrite) => void): () => void {
    if (typeof handler !== 'function') throw new FakeWxError('peripheral.onWrite needs a function.')
    this.#writeHandlers.add(handler)
    return () => this.#writeHandlers.delete(handler)
  }

  /** Leaves the phone's range: scans stop hearing it and a connection drops. */
  goAway(): Promise<void> {
    if (!this.#inRange) return settle()
    this.#inRange = false
    this.#trace.record({ type: 'device', change: 'ble.goAway', value: this.deviceId })
    this.#emit({ type: 'away' })
    return settle()
  }

  /** Comes back into range. */
  comeBack(): void {
    if (this.#inRange) return
    this.#inRange = true
    this.#trace.record({ type: 'device', change: 'ble.comeBack', value: this.deviceId })
    this.#emit({ type: 'back' })
  }

  #emit(signal: PeripheralSignal): void {
    for (const listener of [...this.#listeners]) listener(signal)
  }

  #characteristic(serviceId: string, characteristicId: string): PeripheralCharacteristic | undefined {
    const s = this.#data.services.find((x) => x.uuid === expandUuid(serviceId))
    return s?.characteristics.find((x) => x.uuid === expandUuid(characteristicId))
  }

  #characteristicOrThrow(serviceId: string, characteristicId: string, what: string): PeripheralCharacteristic {
    const c = this.#characteristic(serviceId, characteristicId)
    if (!c) {
      const known = this.#data.services.map((s) => `${s.uuid}: ${s.characteristics.map((x) => x.uuid).join(', ') || '(none)'}`).join('; ')
      throw new FakeWxError(`peripheral.${what}: ${this.deviceId} has no characteristic ${characteristicId} in service ${serviceId}.`, `Its services: ${known || '(none)'}.`)
    }
    return c
  }
}
