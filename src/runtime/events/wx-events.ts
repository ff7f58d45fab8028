/**
 * Listeners registered through `wx.onXxx` / removed through `wx.offXxx`, by event name
 * ('locationChange', 'locationChangeError', …). Emission is driven by the runtime and the test.
 */
export class WxEvents {
  /**
   * Whether the mini program is in the background (app-visibility.ts). Kept here, not as a state entry of its own
   * (issue 14: one object and one state Map entry less per runtime that ever hid the app).
   */
  appHidden = false
  /** Made by the first `on` (issue 14: an empty Map is ~180 B that a runtime without wx.onXxx listeners keeps). */
  #listeners: Map<string, Set<(payload: never) => void>> | undefined

  on(name: string, listener: (payload: never) => void): void {
    const listeners = (this.#listeners ??= new Map())
    let set = listeners.get(name)
    if (!set) listeners.set(name, (set = new Set()))
    set.add(listener)
  }

  /** Removes one listener, or every listener of the event when none is given (the client's offXxx rule). */
  off(name: string, listener?: (payload: never) => void): void {
    if (listener) this.#listeners?.get(name)?.delete(listener)
    else this.#listeners?.delete(name)
  }

  count(name: string): number {
    return this.#listeners?.get(name)?.size ?? 0
  }

  /** Calls every listener of `name` with `payload`, in registration order. Returns how many ran. */
  emit(name: string, payload: unknown): number {
    const set = this.#listeners?.get(name)
    if (!set) return 0
    for (const listener of [...set]) (listener as (p: unknown) => void)(payload)
    return set.size
  }
}
