import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Trace } from '../trace/trace.ts'
import { BluetoothSwitch } from './bluetooth-switch.ts'
import { OsPermissions, type DevicePermission, type OsOptions, type OsPermissionState } from './os-permissions.ts'
import { attachPhoneData, type PhoneData } from './phone-data.ts'
import type { EnvVersion, Platform } from './platforms.ts'
import { DEFAULT_POSITION, type Position } from './position.ts'
import { MediaLibrary } from './media-library.ts'
import { SystemSwitches, type SwitchName, type SwitchOptions } from './system-switches.ts'
import { SystemProfile, type SystemOptions } from './system-profile.ts'
import { checkNetworkType, NetworkState, type NetworkType } from './network.ts'
import { Battery, Clipboard, MemoryPressure, Screen, Vibrator } from './phone-io.ts'

export type { EnvVersion } from './platforms.ts'

export interface DeviceOptions {
  platform: Platform
  /** Base library version (`SDKVersion` of wx.getAppBaseInfo). */
  SDKVersion: string
  /** Which build of the mini program runs: __wxConfig.envVersion. */
  envVersion: EnvVersion
  position: Position
  /** WeChat's OS permissions (default all 'authorized'). */
  os?: OsOptions
  /** System switches (default all on). */
  switches?: SwitchOptions
  /** The WeChat app's version (`version` of wx.getAppBaseInfo). */
  wechatVersion?: string
  /** The device profile's overrides (model, screen, language …; device/system-profile.ts). */
  system?: SystemOptions
  /** The network the phone is on (default 'wifi'; device/network.ts). */
  networkType?: NetworkType
}

/** A current WeChat (2026); only reported, no rule reads it yet. */
export const DEFAULT_WECHAT_VERSION = '8.0.54'

/**
 * getLocation's cache of the phone's last fix (apis/location/getLocation.ts), made by the first fix: a slot of the
 * phone, not an entry of the runtime's state Map (issue 14: with ≤ 4 entries the Map's table is 136 B, not 264 B).
 */
export const LAST_FIXES: unique symbol = Symbol('fake-wx last location fixes')

/**
 * WeChat's OS permission and a system switch as an API's OS layer reads them (device/os-gate.ts), without making
 * `device.os` / `device.switches` for a phone whose test never changed them (issue 14: the check made both, 128 B
 * of every runtime that made a location call). Module functions (set in Device's static block), not methods: no
 * new surface on `rt.device`.
 */
export let osPermissionOf: (device: Device, permission: DevicePermission) => OsPermissionState
export let switchOf: (device: Device, name: SwitchName) => boolean

/** What few tests touch: the clipboard, screen, vibrator, battery, memory pressure, media and move listeners. */
class RarerParts {
  clipboard: Clipboard | undefined = undefined
  screen: Screen | undefined = undefined
  vibrator: Vibrator | undefined = undefined
  battery: Battery | undefined = undefined
  memory: MemoryPressure | undefined = undefined
  media: MediaLibrary | undefined = undefined
  moveListeners: Set<(p: Readonly<Position>) => void> | undefined = undefined
}

/** The phone's data fixtures (album, contacts, calendar, werun, account) live on the device: phone-data.ts. */
export interface Device extends PhoneData {}

/**
 * The phone: platform, base library, which build runs, where it is, WeChat's OS permissions and the
 * system switches. Tests move it with `rt.device.moveTo({ latitude, longitude })`, change permissions
 * with `rt.device.os.set({ location: 'denied' })` and switches with `rt.device.switches.set({ location: false })`.
 */
export class Device {
  readonly platform: Platform
  readonly SDKVersion: string
  readonly envVersion: EnvVersion
  #bluetooth: BluetoothSwitch | undefined
  readonly wechatVersion: string
  #os: OsPermissions | undefined
  #switches: SystemSwitches | undefined
  #position: Position
  #system: SystemProfile | undefined
  #network: NetworkState | undefined
  /** The phone's rarer parts, made with the first of them (issue 14: seven slots, 56 B, of every runtime; now one). */
  #parts: RarerParts | undefined
  readonly #trace: Trace
  [LAST_FIXES]: unknown = undefined

  static {
    osPermissionOf = (device, permission) => (device.#os ? device.#os.get(permission) : OsPermissions.unchanged(permission))
    switchOf = (device, name) => (device.#switches ? device.#switches.get(name) : SystemSwitches.unchanged(device, name))
  }

  constructor(trace: Trace, options: DeviceOptions) {
    this.#trace = trace
    this.platform = options.platform
    this.SDKVersion = options.SDKVersion
    this.envVersion = options.envVersion
    this.wechatVersion = options.wechatVersion ?? DEFAULT_WECHAT_VERSION
    // Built now when given (so a bad option fails at createRuntime), else on first use: most tests never touch them.
    if (options.os) this.#os = new OsPermissions(trace, options.platform, options.os)
    if (options.switches) this.#switches = new SystemSwitches(trace, this, options.switches)
    // The default place is shared (frozen) until the phone moves: moveTo makes a new position (issue 14: ~0.1 KB a runtime).
    this.#position = options.position === DEFAULT_POSITION ? DEFAULT_POSITION : checkPosition(options.position)
    if (options.system) this.#system = new SystemProfile(options.platform, options.system, trace)
    if (options.networkType !== undefined) this.#network = new NetworkState(trace, checkNetworkType(options.networkType, 'createRuntime({ networkType })'))
    attachPhoneData(this, trace)
  }

  /**
   * The Bluetooth switch: `rt.device.bluetooth.setEnabled(false)`. Made on first use, like the parts below (issue 14:
   * the switch with its peripheral Map and listener Set was ~0.4 KB of every live runtime, read by few tests).
   */
  get #rarer(): RarerParts {
    return (this.#parts ??= new RarerParts())
  }

  get bluetooth(): BluetoothSwitch {
    return (this.#bluetooth ??= new BluetoothSwitch(this.#trace, this.platform))
  }

  /** WeChat's permissions in the phone's Settings (device/os-permissions.ts): `rt.device.os.set({ location: 'denied' })`. */
  get os(): OsPermissions {
    return (this.#os ??= new OsPermissions(this.#trace, this.platform))
  }

  /** Location services, Bluetooth, Wi-Fi (device/system-switches.ts): `rt.device.switches.set({ location: false })`. */
  get switches(): SystemSwitches {
    return (this.#switches ??= new SystemSwitches(this.#trace, this))
  }

  /** The device profile the system-information APIs report (device/system-profile.ts). */
  get system(): SystemProfile {
    return (this.#system ??= new SystemProfile(this.platform, {}, this.#trace))
  }

  /** The network connection (device/network.ts): `rt.device.network.set('none')`. */
  get network(): NetworkState {
    return (this.#network ??= new NetworkState(this.#trace))
  }

  /** The system clipboard (wx.setClipboardData / getClipboardData): `rt.device.clipboard.text`. */
  get clipboard(): Clipboard {
    return (this.#rarer.clipboard ??= new Clipboard())
  }

  /** The screen: `keepOn` (wx.setKeepScreenOn), `brightness`. */
  get screen(): Screen {
    return (this.#rarer.screen ??= new Screen())
  }

  /** Every vibration so far (wx.vibrateShort / vibrateLong): `rt.device.vibrator.log`. */
  get vibrator(): Vibrator {
    return (this.#rarer.vibrator ??= new Vibrator(this.#trace))
  }

  /** The battery (wx.getBatteryInfo): `rt.device.battery.level = 15`. */
  get battery(): Battery {
    return (this.#rarer.battery ??= new Battery())
  }

  /** Memory pressure: `rt.device.memory.warn(10)` fires wx.onMemoryWarning. */
  get memory(): MemoryPressure {
    return (this.#rarer.memory ??= new MemoryPressure(this.#trace))
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
    const moveListeners = this.#parts?.moveListeners
    if (moveListeners) for (const listener of moveListeners) listener(this.#position)
    return Promise.resolve().then(() => undefined)
  }

  /** Audio and video the players can load (device/media-library.ts): `rt.device.media.set(src, { duration: 12.5 })`. */
  get media(): MediaLibrary {
    return (this.#rarer.media ??= new MediaLibrary(this.#trace))
  }

  onMove(listener: (p: Readonly<Position>) => void): () => void {
    const listeners = (this.#rarer.moveListeners ??= new Set())
    listeners.add(listener)
    return () => listeners.delete(listener)
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
