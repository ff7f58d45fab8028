/**
 * The user-tap gesture. On a phone, a tap-only API works only while the JS handler of a tap (or a
 * callback the client runs for the user's tap on a native control) is running synchronously; an
 * `await`, `.then` or timer in between loses it (research.md §1.5, §6; vant-weapp #5813, taro #1815).
 * DevTools does not check it.
 *
 * The gesture is a depth counter around synchronous code: `rt.tap(fn)` opens a window for the
 * synchronous part of `fn`, and so does the delivery of a callback of a call made inside a window
 * (the client hands the gesture on to plain callbacks, not to Promise continuations: "改成直接普通的
 * 回调方式即可", official answer quoted in research.md §1.5).
 */
export class Gesture {
  #depth = 0

  get active(): boolean {
    return this.#depth > 0
  }

  /** Runs `fn` synchronously inside a tap window. */
  within<T>(fn: () => T): T {
    this.#depth++
    try {
      return fn()
    } finally {
      this.#depth--
    }
  }
}

/** APIs that only work from a user tap, with the base library that started enforcing it. */
export interface TapOnlyRule {
  readonly since: string
  readonly source: string
}

export const TAP_ONLY_APIS: Readonly<Record<string, TapOnlyRule>> = {
  openSetting: { since: '2.3.0', source: 'openSetting 接口调整 (2018-10-10); research.md §1.5 (H)' },
  getUserProfile: { since: '2.10.4', source: 'wx.getUserProfile doc "每次通过该接口获取用户个人信息均需用户确认"; research.md §4.2 (H)' },
  requestSubscribeMessage: { since: '2.4.4', source: 'wx.requestSubscribeMessage doc; research.md §8.3' },
}

/**
 * Native controls whose callbacks run as the user's tap: the modal's confirm/cancel is itself a tap,
 * so `showModal({ success() { wx.openSetting() } })` works on phones (research.md §1.5, M/H).
 */
export const GESTURE_SOURCES: ReadonlySet<string> = new Set(['showModal', 'showActionSheet'])

export const tapGestureError = 'can only be invoked by user TAP gesture.'
