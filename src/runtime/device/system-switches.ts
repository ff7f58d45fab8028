import { ERRNO } from '../errors/errno.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Trace } from '../trace/trace.ts'
import type { BluetoothSwitch } from './bluetooth-switch.ts'
import type { DevicePermission, OsDialect, OsFailure } from './os-permissions.ts'

/**
 * The phone's system switches, as wx.getSystemSetting reports them (locationEnabled, bluetoothEnabled,
 * wifiEnabled; base library 2.20.1, research.md §5, H). Default: all on.
 */
export type SwitchName = 'location' | 'bluetooth' | 'wifi'
export const SWITCH_NAMES: readonly SwitchName[] = ['location', 'bluetooth', 'wifi']

/** `createRuntime({ switches: { location: false } })`: location services off. */
export type SwitchOptions = Partial<Record<SwitchName, boolean>>

/**
 * The switch an OS permission also needs, checked by the OS gate: location needs location services. The
 * Bluetooth switch is not here: wx.openBluetoothAdapter reads it itself, because the module opens anyway
 * and reports the switch through onBluetoothAdapterStateChange (apis/bluetooth, openBluetoothAdapter doc).
 */
export const SWITCH_OF: Readonly<Partial<Record<DevicePermission, SwitchName>>> = {
  location: 'location',
}

/** What a guarded API fails with when its switch is off, per platform family. */
export const SWITCH_OFF: Readonly<Partial<Record<SwitchName, Record<OsDialect, OsFailure>>>> = {
  location: {
    // "苹果没有开启定位总开关 或 定位权限没有授权给微信": iOS says the same as a missing permission (research.md §2.2, §5, M).
    ios: { reason: 'system permission denied', errno: ERRNO.systemPermissionDenied, source: 'research.md §2.2 [CODE] (M)' },
    // "getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF", commented "安卓没有开启定位总开关"; also seen for
    // getFuzzyLocation (research.md §2.2, §6, M).
    android: { reason: ':ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF', source: 'research.md §2.2 [CODE] (M)' },
  },
}

/**
 * The switches. Bluetooth is the device's one Bluetooth switch (`rt.device.bluetooth`, device/bluetooth-switch.ts):
 * `rt.device.switches.set({ bluetooth: false })` and `rt.device.bluetooth.setEnabled(false)` are the same act.
 */
export class SystemSwitches {
  // Two fields, not a Map (issue 14: the Map was ~0.2 KB of every runtime that made a location call).
  #location = true
  #wifi = true
  readonly #trace: Trace
  /** The device, whose Bluetooth switch is made on first use (device.ts). */
  readonly #device: { readonly bluetooth: BluetoothSwitch }

  constructor(trace: Trace, device: { readonly bluetooth: BluetoothSwitch }, initial: SwitchOptions = {}) {
    this.#trace = trace
    this.#device = device
    this.#apply(initial, false)
  }

  get(name: SwitchName): boolean {
    if (name === 'location') return this.#location
    if (name === 'wifi') return this.#wifi
    return SystemSwitches.unchanged(this.#device, name)
  }

  /** A switch as the phone has it before any change of location/Wi-Fi (device.ts switchOf reads it without the object). */
  static unchanged(device: { readonly bluetooth: BluetoothSwitch }, name: SwitchName): boolean {
    if (name === 'bluetooth') return device.bluetooth.enabled
    if (name === 'location' || name === 'wifi') return true
    throw new FakeWxError(`Unknown system switch ${JSON.stringify(name)}.`, `Known: ${SWITCH_NAMES.join(', ')}.`)
  }

  /** Flips switches as the user does in the control centre, e.g. `rt.device.switches.set({ location: false })`. */
  set(changes: SwitchOptions): void {
    this.#apply(changes, true)
  }

  snapshot(): Record<SwitchName, boolean> {
    return { location: this.get('location'), bluetooth: this.get('bluetooth'), wifi: this.get('wifi') }
  }

  #apply(changes: SwitchOptions, traced: boolean): void {
    if (typeof changes !== 'object' || changes === null) {
      throw new FakeWxError(`System switches must be an object, got ${String(changes)}.`, `e.g. rt.device.switches.set({ location: false })`)
    }
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue
      if (!SWITCH_NAMES.includes(key as SwitchName)) throw new FakeWxError(`Unknown system switch ${JSON.stringify(key)}.`, `Known: ${SWITCH_NAMES.join(', ')}.`)
      if (typeof value !== 'boolean') throw new FakeWxError(`switches.${key} must be true or false, got ${JSON.stringify(value)}.`)
      if (key === 'bluetooth') {
        this.#device.bluetooth.setEnabled(value) // traced, and heard by an open Bluetooth adapter
        continue
      }
      if (this.get(key as SwitchName) === value) continue
      if (key === 'location') this.#location = value
      else this.#wifi = value
      if (traced) this.#trace.record({ type: 'device', change: `switches.${key}`, value })
    }
  }
}
