import type { OsPermission } from '../auth/scope-table.ts'
import { ERRNO } from '../errors/errno.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Errno } from '../errors/errno.ts'
import type { Trace } from '../trace/trace.ts'
import type { Platform } from './platforms.ts'

/**
 * The operating system's permissions for the WeChat app itself: the layer under the per-scope store.
 * A scope granted inside WeChat still fails when the phone has not given WeChat the permission
 * (research.md §5 "two independent layers", H).
 *
 * Values as wx.getAppAuthorizeSetting reports them: 'authorized' | 'denied' | 'not determined'
 * (typings union; the prose spells it 'non determined', research.md §9). 'not determined' —
 * "尚未请求授权，会在微信下一次调用系统相应权限时请求；（仅 iOS 会出现…）" — exists on iOS only.
 */
export type OsPermissionState = 'authorized' | 'denied' | 'not determined'

/** Every OS permission the device models: the scope table's ones plus notifications. */
export type DevicePermission = OsPermission | 'notification'

export const DEVICE_PERMISSIONS: readonly DevicePermission[] = [
  'location',
  'camera',
  'microphone',
  'album',
  'bluetooth',
  'calendar',
  'contacts',
  'notification',
]

const STATES: readonly OsPermissionState[] = ['authorized', 'denied', 'not determined']

/** `createRuntime({ os: { location: 'denied' } })`; `locationReducedAccuracy` is iOS's "Precise Location" off. */
export type OsOptions = Partial<Record<DevicePermission, OsPermissionState>> & { locationReducedAccuracy?: boolean }

/**
 * WeChat's OS permissions on this phone. Default: every one 'authorized' (a user who allowed WeChat
 * everything, so the scope store alone decides). Set them with `rt.device.os.set({ location: 'denied' })`.
 */
export class OsPermissions {
  /**
   * Only the permissions that are not 'authorized', made by the first change (issue 14: a Map of all eight was
   * ~0.3 KB of every runtime whose app made a guarded call).
   */
  #changed: Map<DevicePermission, OsPermissionState> | undefined
  #reducedAccuracy = false
  readonly #platform: Platform
  readonly #trace: Trace

  constructor(trace: Trace, platform: Platform, initial: OsOptions = {}) {
    this.#trace = trace
    this.#platform = platform
    this.#apply(initial, false)
  }

  get(permission: DevicePermission): OsPermissionState {
    return this.#changed?.get(permission) ?? OsPermissions.unchanged(permission)
  }

  /** A permission as the phone has it before any change (device.ts osPermissionOf reads it without the object). */
  static unchanged(permission: DevicePermission): OsPermissionState {
    if (!DEVICE_PERMISSIONS.includes(permission)) throw new FakeWxError(`Unknown OS permission ${JSON.stringify(permission)}.`, `Known: ${DEVICE_PERMISSIONS.join(', ')}.`)
    return 'authorized'
  }

  /** iOS "Precise Location" off: wx.getAppAuthorizeSetting().locationReducedAccuracy. */
  get locationReducedAccuracy(): boolean {
    return this.#reducedAccuracy
  }

  /** Changes permissions as the user does in the phone's Settings app, e.g. `rt.device.os.set({ camera: 'denied' })`. */
  set(changes: OsOptions): void {
    this.#apply(changes, true)
  }

  snapshot(): Record<DevicePermission, OsPermissionState> {
    return Object.fromEntries(DEVICE_PERMISSIONS.map((p) => [p, this.get(p)])) as Record<DevicePermission, OsPermissionState>
  }

  #apply(changes: OsOptions, traced: boolean): void {
    if (typeof changes !== 'object' || changes === null) {
      throw new FakeWxError(`OS permissions must be an object, got ${String(changes)}.`, `e.g. rt.device.os.set({ location: 'denied' })`)
    }
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue
      if (key === 'locationReducedAccuracy') {
        if (typeof value !== 'boolean') throw new FakeWxError(`os.locationReducedAccuracy must be true or false, got ${JSON.stringify(value)}.`)
        if (value && this.#platform !== 'ios') {
          throw new FakeWxError(
            `os.locationReducedAccuracy is iOS only ("仅 iOS 有效", getAppAuthorizeSetting doc); this runtime's platform is '${this.#platform}'.`,
            `Use createRuntime({ platform: 'ios', os: { locationReducedAccuracy: true } }).`,
          )
        }
        this.#reducedAccuracy = value
        if (traced) this.#trace.record({ type: 'device', change: 'os.locationReducedAccuracy', value })
        continue
      }
      const permission = key as DevicePermission
      if (!DEVICE_PERMISSIONS.includes(permission)) {
        throw new FakeWxError(`Unknown OS permission ${JSON.stringify(key)}.`, `Known: ${DEVICE_PERMISSIONS.join(', ')}, locationReducedAccuracy.`)
      }
      if (!STATES.includes(value as OsPermissionState)) {
        throw new FakeWxError(`os.${key} is ${JSON.stringify(value)}.`, `Use 'authorized', 'denied' or 'not determined'.`)
      }
      if (value === 'not determined' && this.#platform !== 'ios') {
        throw new FakeWxError(
          `os.${key}: 'not determined' occurs on iOS only ("仅 iOS 会出现", getAppAuthorizeSetting doc); this runtime's platform is '${this.#platform}'.`,
          `Use 'authorized' or 'denied', or createRuntime({ platform: 'ios' }).`,
        )
      }
      if (this.get(permission) === value) continue
      if (value === 'authorized') this.#changed!.delete(permission)
      else (this.#changed ??= new Map()).set(permission, value as OsPermissionState)
      if (traced) this.#trace.record({ type: 'device', change: `os.${permission}`, value })
    }
  }
}

/** How a failure reads: what follows `<api>:fail`, its errno, extra fields. */
export interface OsFailure {
  readonly reason: string
  readonly errno?: Errno
  readonly extra?: object
  readonly source: string
}

/** Texts come in two families: Android's native code, and iOS (whose wording DevTools and PC share here). */
export type OsDialect = 'ios' | 'android'
export const osDialectOf = (platform: Platform): OsDialect => (platform === 'android' ? 'android' : 'ios')

const systemPermissionDenied: Record<OsDialect, OsFailure> = {
  ios: { reason: 'system permission denied', errno: ERRNO.systemPermissionDenied, source: 'research.md §2.2: app code commented "苹果…定位权限没有授权给微信" (M)' },
  android: {
    reason: ':system permission denied',
    errno: ERRNO.systemPermissionDenied,
    source: 'research.md §2.2: decompiled Android JsApiGetLocation / JsApiOperateRecorder "fail:system permission denied" (H)',
  },
}

/**
 * What a guarded API fails with when WeChat lacks the OS permission, per permission and platform family.
 * errno 3 = "system permission denied" (PublicErrno copy, research.md §2.4, M).
 */
export const OS_DENIED: Readonly<Record<DevicePermission, Record<OsDialect, OsFailure>>> = {
  location: {
    ios: systemPermissionDenied.ios,
    // JsApiGetLocation: map.put("errCode", -2); p("fail:system permission denied", map) (research.md §2.2, H)
    android: { ...systemPermissionDenied.android, extra: { errCode: -2 } },
  },
  microphone: systemPermissionDenied,
  camera: systemPermissionDenied,
  album: {
    // "saveImageToPhotosAlbum:fail system deny" / ":fail:system denied" in shipped app code (research.md §2.2, M)
    ios: { reason: 'system deny', errno: ERRNO.systemPermissionDenied, source: 'research.md §2.2 [CODE] (M)' },
    android: { reason: ':system denied', errno: ERRNO.systemPermissionDenied, source: 'research.md §2.2 [CODE] (M)' },
  },
  bluetooth: {
    // The adapter is not available: `openBluetoothAdapter:fail:not available`, errCode 10001, errno 1500102 (PublicErrno
    // example, as apis/bluetooth words Bluetooth off); iOS adds `state` 3 = 未授权 (openBluetoothAdapter doc, H).
    ios: { reason: ':not available', errno: ERRNO.bluetoothNotAvailable, extra: { errCode: 10001, state: 3 }, source: 'wx.openBluetoothAdapter doc (H)' },
    android: { reason: ':not available', errno: ERRNO.bluetoothNotAvailable, extra: { errCode: 10001 }, source: 'wx.openBluetoothAdapter doc (H)' },
  },
  calendar: systemPermissionDenied,
  contacts: systemPermissionDenied,
  notification: systemPermissionDenied,
}
