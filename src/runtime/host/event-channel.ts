/**
 * The EventChannel between a page and the page it opened with wx.navigateTo
 * (https://developers.weixin.qq.com/miniprogram/dev/api/route/EventChannel.html): the opener gets one end in
 * navigateTo's success result (`res.eventChannel`), listening with `events`; the opened page gets the
 * other end from `this.getOpenerEventChannel()`. What one end emits, the other end's listeners hear.
 */
type Listener = (...args: unknown[]) => void

export class EventChannel implements WechatMiniprogram.EventChannel {
  readonly #listeners = new Map<string, { fn: Listener; once: boolean }[]>()
  #peer: EventChannel | undefined

  /** Two connected ends: the opener's (listening with `events`) and the opened page's. */
  static pair(events?: Record<string, unknown>): [opener: EventChannel, page: EventChannel] {
    const opener = new EventChannel()
    const page = new EventChannel()
    opener.#peer = page
    page.#peer = opener
    for (const [name, fn] of Object.entries(events ?? {})) if (typeof fn === 'function') opener.on(name, fn as Listener)
    return [opener, page]
  }

  emit(eventName: string, ...args: unknown[]): void {
    const list = this.#peer && this.#peer.#listeners.get(eventName)
    if (!list) return
    for (const entry of [...list]) {
      if (entry.once) list.splice(list.indexOf(entry), 1)
      entry.fn(...args)
    }
  }

  on(eventName: string, fn: Listener): void {
    this.#add(eventName, fn, false)
  }

  once(eventName: string, fn: Listener): void {
    this.#add(eventName, fn, true)
  }

  /** Removes one listener, or all of the event when none is given. */
  off(eventName: string, fn?: Listener): void {
    if (!fn) return void this.#listeners.delete(eventName)
    const list = this.#listeners.get(eventName)
    const i = list?.findIndex((e) => e.fn === fn) ?? -1
    if (list && i >= 0) list.splice(i, 1)
  }

  #add(eventName: string, fn: Listener, once: boolean): void {
    let list = this.#listeners.get(eventName)
    if (!list) this.#listeners.set(eventName, (list = []))
    list.push({ fn, once })
  }
}
