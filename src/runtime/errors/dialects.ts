import type { Platform } from '../device/platforms.ts'

/**
 * How a client words a refusal. Sources disagree per platform and version (research.md §2.1, §9):
 * `auth deny` is the documented form and what most shipped code compares with, so it is every
 * platform's default here; a test picks another wording by name — `createRuntime({ dialect: 'android-legacy' })` —
 * or field by field — `createRuntime({ dialect: { authDeny: 'auth denied' } })`.
 */
export interface Dialect {
  /** Reason for a scope refused now or earlier: `<api>:fail <authDeny>` (a leading ':' glues it: `<api>:fail:auth denied`). */
  readonly authDeny: string
  /** Per-API wording that differs from `authDeny`, keyed by the name in errMsg (e.g. `saveImageToPhotosAlbum`, `operateRecorder`). */
  readonly authDenyByApi?: Readonly<Record<string, string>>
  /** Reason for `wx.authorize` on a scope that was already denied (no dialog). iOS has been seen saying
   *  `系统错误,错误码:-12006,auth deny` (research.md §1.3, M); default: the same as authDeny. */
  readonly authorizeAlreadyDenied?: string
  /** Reason for `wx.authorize` on a scope not opened in the MP admin (接口设置): default `scope unauthorized`; iOS has been
   *  seen saying `系统错误,错误码:-12007,scope unauthorized` (research.md §1.3, M). */
  readonly authorizeScopeUnauthorized?: string
  /** The name in the camera component's `binderror` errMsg: `insertCamera` (default) or, with same-layer
   *  rendering, `insertXWebCamera` — both seen in app code (`insertXWebCamera:fail:auth denied`; research.md §3.2, M). */
  readonly cameraInsertApi?: string
  /** Whether fail results carry `errno` (PublicErrno says it is rolled out gradually; default true). */
  readonly includeErrno: boolean
  /** Where this wording was seen. */
  readonly source?: string
}

/** Named wordings seen in the wild, each with its source; pick one with `createRuntime({ dialect: '<name>' })`. */
export const DIALECT_VARIANTS = {
  /** The documented form, DevTools and most iOS reports; what shipped code compares with most. */
  'auth-deny': {
    authDeny: 'auth deny',
    includeErrno: true,
    source: '[AUTH]; `getLocation:fail auth deny`, `openBluetoothAdapter:fail auth deny` in app code (research.md §2.1, M)',
  },
  /** Android / older clients glue the reason with a colon: `getLocation:fail:auth denied`. */
  'android-legacy': {
    authDeny: ':auth denied',
    includeErrno: true,
    source:
      '`getLocation:fail:auth denied`, `saveImageToPhotosAlbum:fail:auth denied`, `operateRecorder:fail:auth denied` in app code; ' +
      'mini-game guide: "errMsg of iOS and Android for rejecting authorization is not unified" (research.md §2.1, H that it exists / M which platform)',
  },
  /** The space form the mini-game guide tells apps to look for: `indexOf('auth denied')`. */
  'auth-denied': {
    authDeny: 'auth denied',
    includeErrno: true,
    source: "mini-game authorize guide: `res.errMsg.indexOf('auth deny') > -1 || res.errMsg.indexOf('auth denied') > -1` (research.md §2.1, L)",
  },
  /** The dialog closed without an answer: `saveImageToPhotosAlbum:fail authorize no response` (seen on iOS). */
  'authorize-no-response': {
    authDeny: 'authorize no response',
    includeErrno: true,
    source: '`getLocation:fail authorize no response`, `saveImageToPhotosAlbum:fail authorize no response` in app code; trigger undocumented (research.md §2.1, M)',
  },
  /** iOS: a repeated wx.authorize after a refusal carries the -12006 code. */
  'ios-12006': {
    authDeny: 'auth deny',
    authorizeAlreadyDenied: '系统错误,错误码:-12006,auth deny',
    authorizeScopeUnauthorized: '系统错误,错误码:-12007,scope unauthorized',
    includeErrno: true,
    source:
      'community reports of `authorize:fail 系统错误,错误码:-12006,auth deny` and `authorize:fail 系统错误,错误码:-12007,scope unauthorized` ' +
      '(research.md §1.3, M)',
  },
  /** Android has been reported to answer wx.authorize with `authorize:fail:auth deny`. */
  'android-authorize-colon': {
    authDeny: 'auth deny',
    authDenyByApi: { authorize: ':auth deny' },
    includeErrno: true,
    source: 'community report of `authorize:fail:auth deny` on Android (research.md §1.3, M)',
  },
} as const satisfies Record<string, Dialect>

export type DialectName = keyof typeof DIALECT_VARIANTS

/**
 * Each platform's default wording. research.md §2.1 recommends `auth deny` + errno 103 everywhere by default
 * (code written to the documented advice passes; strict `===` code is caught by switching dialect).
 */
export const DIALECTS: Readonly<Record<Platform, Dialect>> = {
  ios: DIALECT_VARIANTS['auth-deny'],
  android: DIALECT_VARIANTS['auth-deny'],
  devtools: DIALECT_VARIANTS['auth-deny'],
  windows: DIALECT_VARIANTS['auth-deny'],
  mac: DIALECT_VARIANTS['auth-deny'],
}

/** The refusal reason for `api` under `dialect`. */
export function authDenyReason(dialect: Dialect, api: string): string {
  return dialect.authDenyByApi?.[api] ?? dialect.authDeny
}
