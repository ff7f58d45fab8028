import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Trace } from '../trace/trace.ts'
import { BluetoothSwitch } from './bluetooth-switch.ts'
import type { Platform } from './platforms.ts'
import { DEFAULT_POSITION, type Position } from './position.ts'

export type EnvVersion = 'develop' | 'trial' | 'release'

export interface DeviceOptions {
  platform: Platform
  /** Base library version (`SDKVersion` of wx.getAppBaseInfo). */
  SDKVersion: string
  /** Which build of the mini program runs: __wxConfig.envVersion. */
  envVersion: EnvVersion
  position: Position
}

/**
 * The phone: platform, base library, which build runs, and where it is. Tests move it with
 * `rt.device.moveTo({ latitude, longitude })`.
 */
export class Device {
  readonly platform: Platform
  readonly SDKVersion: string
  readonly envVersion: EnvVersion
  /** The Bluetooth switch: `rt.device.bluetooth.setEnabled(false)`. */
  readonly bluetooth: BluetoothSwitch
  #position: Position
  readonly #trace: Trace
  readonly #moveListeners = new Set<(p: Readonly<Position>) => void>()

  constructor(trace: Trace, options: DeviceOptions) {
    this.#trace = trace
    this.bluetooth = new BluetoothSwitch(trace)
    this.platform = options.platform
    this.SDKVersion = options.SDKVersion
    this.envVersion = options.envVersion
    this.#position = checkPosition(options.position)
  }

  get position(): Readonly<Position> {
    return this.#position
  }

  /**
   * Moves the phone. Running location updates (wx.startLocationUpdate) report the new fix to
   * wx.onLocationChange listeners; the returned Promise resolves once they have been called.
   */
  moveTo(position: Partial<Position> & Pick<Position, 'latitude' | 'longitude'>): Promise<void> {
    this.#position = checkPosition({ ...this.#position, ...position })
    this.#trace.record({ type: 'device', change: 'moveTo', value: { latitude: position.latitude, longitude: position.longitude } })
    for (const listener of this.#moveListeners) listener(this.#position)
    return Promise.resolve().then(() => undefined)
  }

  onMove(listener: (p: Readonly<Position>) => void): () => void {
    this.#moveListeners.add(listener)
    return () => this.#moveListeners.delete(listener)
  }
}

function checkPosition(p: Position): Position {
  const bad = (['latitude', 'longitude', 'altitude', 'speed', 'accuracy', 'verticalAccuracy', 'horizontalAccuracy'] as const).find(
    (k) => typeof p[k] !== 'number' || Number.isNaN(p[k]),
  )
  if (bad) throw new FakeWxError(`The device position needs a number for ${bad}, got ${JSON.stringify(p[bad])}.`)
  if (Math.abs(p.latitude) > 90 || Math.abs(p.longitude) > 180) {
    throw new FakeWxError(`The device position ${p.latitude},${p.longitude} is not on Earth (latitude ±90, longitude ±180).`)
  }
  return { ...p }
}
