import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Trace } from '../trace/trace.ts'

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

  constructor(trace: Trace) {
    this.#trace = trace
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
