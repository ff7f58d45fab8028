import type { Trace } from '../trace/trace.ts'
import { WeChatAccount } from './account.ts'
import { PhotoAlbum } from './album.ts'
import { PhoneCalendar } from './calendar.ts'
import { PhoneContacts } from './contacts.ts'
import type { Platform } from './platforms.ts'
import { WeRunSteps } from './werun.ts'

/**
 * The data on the phone that APIs read and write, each a fixture a test sets up and inspects
 * through `rt.device`: `album`, `contacts`, `calendar`, `werun`, `account`.
 */
export interface PhoneData {
  /** What wx.saveImageToPhotosAlbum / wx.saveVideoToPhotosAlbum saved. */
  readonly album: PhotoAlbum
  /** What wx.addPhoneContact wrote. */
  readonly contacts: PhoneContacts
  /** What wx.addPhoneCalendar / wx.addPhoneRepeatCalendar added. */
  readonly calendar: PhoneCalendar
  /** The WeRun steps wx.getWeRunData reports. */
  readonly werun: WeRunSteps
  /** The WeChat account: addresses, invoice titles, invoices, the real profile. */
  readonly account: WeChatAccount
}

const FACTORIES: { readonly [K in keyof PhoneData]: (trace: Trace, platform: Platform) => PhoneData[K] } = {
  album: (trace) => new PhotoAlbum(trace),
  contacts: (trace) => new PhoneContacts(trace),
  calendar: (trace) => new PhoneCalendar(trace),
  werun: () => new WeRunSteps(),
  account: () => new WeChatAccount(),
}

/** Where a device keeps its trace for its phone data; `platform` is the device's own. */
const TRACE = Symbol('fake-wx phone data trace')
const GETTERS = Symbol('fake-wx phone data getters')

type Carrier = { readonly platform: Platform; [TRACE]?: Trace }

/**
 * Gives a device its phone data. Each part is made on first use (then kept as a plain own property), so
 * createRuntime() pays one property write for it (bench target: < 10 µs; a WeakMap entry cost ~0.4 µs).
 */
export function attachPhoneData(device: { readonly platform: Platform }, trace: Trace): void {
  ;(device as Carrier)[TRACE] = trace
  const proto = Object.getPrototypeOf(device) as Record<symbol, unknown>
  if (!proto[GETTERS]) defineGetters(proto)
}

/** Defines `files`, `album`, … on the device's prototype: the first read makes the part and stores it on the device. */
function defineGetters(proto: Record<symbol, unknown>): void {
  proto[GETTERS] = true
  for (const key of Object.keys(FACTORIES) as (keyof PhoneData)[]) {
    Object.defineProperty(proto, key, {
      configurable: true,
      enumerable: false,
      get(this: Carrier) {
        const trace = this[TRACE]
        if (!trace) throw new Error(`[fake-wx] device.${key} read on an object that is not a runtime's device.`)
        const value = FACTORIES[key](trace, this.platform)
        Object.defineProperty(this, key, { value, enumerable: false, configurable: true })
        return value
      },
    })
  }
}
