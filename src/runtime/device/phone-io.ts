/**
 * Small pieces of the phone that APIs drive and tests read through `rt.device`:
 * - `clipboard`: the system clipboard (wx.setClipboardData / wx.getClipboardData). A test puts text on it as the
 *   user copying elsewhere: `rt.device.clipboard.text = '…'`.
 * - `screen`: whether the screen is kept on (wx.setKeepScreenOn) and its brightness.
 * - `vibrations`: every vibration, in order (wx.vibrateShort / wx.vibrateLong).
 */
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
