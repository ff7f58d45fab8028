/**
 * The one toast slot of the screen, shared by wx.showToast and wx.showLoading
 * ("wx.showLoading 和 wx.showToast 同时只能显示一个", showToast/showLoading doc pages, H):
 *  - a show replaces whatever is in the slot, toast or loading;
 *  - a toast leaves when its duration passes on the runtime clock; a loading stays until it is hidden;
 *  - wx.hideToast and wx.hideLoading both empty the slot whatever it holds: the base library sends hideLoading to the
 *    native hideToast (decompiled early WAService.js: `invokeMethod("hideToast", …)` with the errMsg renamed, H), and
 *    apps report "wx.hideLoading 会把 wx.showToast 提示框关掉" (community thread 0000ea4401cce8c9381b8477d51400, public
 *    app comments, H). `noConflict: true` (base library 2.22.1, typings: "目前 toast 和 loading 相关接口可以相互混用，
 *    此参数可用于取消混用特性") hides only its own kind;
 *  - nothing to hide: `<api>:fail:toast can't be found` (Android JsApiHideToast decompiled: "fail:toast can't be found",
 *    H for Android; the same text in many app reports of `hideLoading:fail:toast can't be found`, M for iOS).
 * Every toast is kept in a history (rt.ui.toasts) so a test can assert it after it left the screen.
 */
import { stateOf, type ApiContext, type RuntimeCore } from '../../core.ts'
import { compareVersion } from '../../versions/compare-version.ts'

export type ToastKind = 'toast' | 'loading'
export type ToastIcon = 'success' | 'error' | 'loading' | 'none'

/** What is on screen in the toast slot. */
export interface ToastView {
  readonly kind: ToastKind
  readonly title: string
  readonly icon: ToastIcon
  readonly image?: string
  readonly mask: boolean
  /** ms; undefined for a loading (it stays until hidden). */
  readonly duration?: number
  /** Runtime clock time it appeared. */
  readonly shownAt: number
}

/** How a toast left the screen. */
export type ToastEnd = 'duration' | 'hideToast' | 'hideLoading' | 'replaced'

/** A toast or loading that was shown, with when and how it left (undefined while on screen). */
export interface ToastRecord extends ToastView {
  readonly hiddenAt?: number
  readonly hiddenBy?: ToastEnd
}

interface Slot {
  current: { view: ToastView; record: ToastRecord; cancel: () => void } | undefined
  readonly history: ToastRecord[]
}

const slotOf = (core: RuntimeCore): Slot => stateOf(core, 'ui.toast', () => ({ current: undefined, history: [] }))

export function currentToast(core: RuntimeCore): ToastView | undefined {
  return slotOf(core).current?.view
}

export function toastHistory(core: RuntimeCore): readonly ToastRecord[] {
  return slotOf(core).history
}

export function showInSlot(core: RuntimeCore, view: ToastView): void {
  const slot = slotOf(core)
  if (slot.current) end(core, 'replaced')
  const record: ToastRecord = { ...view }
  slot.history.push(record)
  const cancel = view.duration === undefined ? () => undefined : core.clock.schedule(view.duration, () => end(core, 'duration'))
  slot.current = { view, record, cancel }
  const how = view.kind === 'loading' ? 'until hidden' : `${view.duration} ms`
  core.trace.record({ type: 'note', text: `${view.kind} "${view.title}" shown (${view.image ? `image ${view.image}` : view.icon}, ${how})` })
}

/** Empties the slot when it holds `only` (or anything); false when there was nothing to hide. */
export function hideSlot(core: RuntimeCore, by: 'hideToast' | 'hideLoading', only?: ToastKind): boolean {
  const current = slotOf(core).current
  if (!current || (only && current.view.kind !== only)) return false
  end(core, by)
  return true
}

function end(core: RuntimeCore, by: ToastEnd): void {
  const slot = slotOf(core)
  const current = slot.current
  if (!current) return
  current.cancel()
  slot.current = undefined
  const i = slot.history.indexOf(current.record)
  const ended: ToastRecord = { ...current.record, hiddenAt: core.clock.now(), hiddenBy: by }
  if (i >= 0) slot.history[i] = ended
  core.trace.record({ type: 'note', text: `${current.view.kind} "${current.view.title}" hidden (${by === 'duration' ? 'its duration passed' : by})` })
}

/**
 * The reason when the slot is empty, glued with a colon as the native side words it: errMsg
 * `hideToast:fail:toast can't be found` / `hideLoading:fail:toast can't be found`. A few app comments quote
 * `hideLoading:fail toast can't be found` (space); the colon form is the one in the client's code and most reports (M).
 */
export const TOAST_NOT_FOUND = ":toast can't be found"

/** `noConflict` (base library 2.22.1, typings): on an older base library the option does not exist and is ignored. */
export function noConflict(ctx: ApiContext, asked: boolean | undefined): boolean {
  return asked === true && compareVersion(ctx.config.SDKVersion, '2.22.1') >= 0
}
