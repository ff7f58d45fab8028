/**
 * Small pieces of the phone that APIs drive and tests read through `rt.device`:
 * - `clipboard`: the system clipboard (wx.setClipboardData / wx.getClipboardData). A test puts text on it as the
 *   user copying elsewhere: `rt.device.clipboard.text = '…'`.
 * - `screen`: whether the screen is kept on (wx.setKeepScreenOn) and its brightness.
 * - `vibrations`: every vibration, in order (wx.vibrateShort / wx.vibrateLong).
 */
import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Trace } from '../trace/trace.ts'

export class Clipboard {
  /** What is on the clipboard now (default empty). */
  text = ''
}

export class Screen {
  /** wx.setKeepScreenOn: "仅在当前小程序生效，离开小程序后设置失效" (doc). Default false. */
  keepOn = false
  /** 0 (darkest) … 1 (brightest), as wx.getScreenBrightness reports it. Default 0.5 (fixture, L). */
  brightness = 0.5
}

export interface Vibration {
  /** vibrateShort (15 ms) or vibrateLong (400 ms) (doc, H). */
  readonly kind: 'short' | 'long'
  /** vibrateShort's strength: 'heavy' | 'medium' | 'light'. */
  readonly type?: string
  /** Virtual time of the vibration. */
  readonly at: number
}

export class Vibrator {
  readonly #log: Vibration[] = []
  readonly #trace: Trace

  constructor(trace: Trace) {
    this.#trace = trace
  }

  get log(): readonly Vibration[] {
    return this.#log
  }

  vibrate(v: Vibration): void {
    this.#log.push(v)
    this.#trace.record({ type: 'device', change: 'vibrate', value: v.type ? `${v.kind} ${v.type}` : v.kind })
  }
}

/**
 * The battery (wx.getBatteryInfo): `rt.device.battery.level = 15`. Defaults: 80 % (the iPhone capture's batteryLevel),
 * not charging, low-power mode off.
 */
export class Battery {
  /** 1 – 100. */
  level = 80
  isCharging = false
  /** "是否处于省电模式" (3.5.0). */
  isLowPowerModeEnabled = false
}

/** Memory pressure: `rt.device.memory.warn(10)` is the system telling WeChat memory runs low (wx.onMemoryWarning). */
export class MemoryPressure {
  readonly #trace: Trace
  readonly #listeners = new Set<(level: 5 | 10 | 15) => void>()

  constructor(trace: Trace) {
    this.#trace = trace
  }

  /** Android's onTrimMemory level: 5 RUNNING_MODERATE, 10 RUNNING_LOW, 15 RUNNING_CRITICAL. Resolves once listeners ran. */
  warn(level: 5 | 10 | 15 = 10): Promise<void> {
    if (level !== 5 && level !== 10 && level !== 15) throw new FakeWxError(`rt.device.memory.warn needs 5, 10 or 15, got ${JSON.stringify(level)}.`)
    this.#trace.record({ type: 'device', change: 'memoryWarning', value: level })
    return Promise.resolve().then(() => {
      for (const listener of [...this.#listeners]) listener(level)
    })
  }

  /** Runtime internals. */
  onWarning(listener: (level: 5 | 10 | 15) => void): void {
    this.#listeners.add(listener)
  }
}
