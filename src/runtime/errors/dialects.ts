import type { Platform } from '../device/platforms.ts'

/**
 * How a client words a refusal. Sources disagree per platform and version (research.md §2.1, §9):
 * `auth deny` is the documented form and what most shipped code compares with, so it is every
 * platform's default here; a test picks another wording with `createRuntime({ dialect: { authDeny: 'auth denied' } })`.
 */
export interface Dialect {
  /** Reason for a scope refused now or earlier: `<api>:fail <authDeny>`. */
  readonly authDeny: string
  /** Reason for `wx.authorize` on a scope that was already denied (no dialog). iOS has been seen saying
   *  `系统错误,错误码:-12006,auth deny` (research.md §1.3, M); default: the same as authDeny. */
  readonly authorizeAlreadyDenied?: string
  /** The name in the camera component's `binderror` errMsg: `insertCamera` (default) or, with same-layer
   *  rendering, `insertXWebCamera` — both seen in app code (`insertXWebCamera:fail:auth denied`; research.md §3.2, M). */
  readonly cameraInsertApi?: string
  /** Whether fail results carry `errno` (PublicErrno says it is rolled out gradually; default true). */
  readonly includeErrno: boolean
}

export const DIALECTS: Readonly<Record<Platform, Dialect>> = {
  ios: { authDeny: 'auth deny', includeErrno: true },
  android: { authDeny: 'auth deny', includeErrno: true },
  devtools: { authDeny: 'auth deny', includeErrno: true },
  windows: { authDeny: 'auth deny', includeErrno: true },
  mac: { authDeny: 'auth deny', includeErrno: true },
}
