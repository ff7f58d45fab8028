// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getLocation.html
// Scope scope.userLocation. type wgs84 (default) | gcj02; altitude (1.6.0); isHighAccuracy,
// highAccuracyExpireTime (2.9.0). "当用户离开小程序后，此接口无法调用".
import { LAST_FIXES } from '../../device/device.ts'
import { compareVersion } from '../../config.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { foregroundOnly } from '../../events/app-visibility.ts'
import { coordinateType, currentFix } from './location-fix.ts'

/**
 * Frequency limit since base library 2.17.0 ([GETLOC-FREQ], research.md §3.1, H): within 30 s of the last
 * real fix, develop/trial builds fail with the message below and release builds get the same fix again
 * (official reply: 30 s). Advance `rt.clock` to get a fresh fix.
 */
const THROTTLE_SINCE = '2.17.0'
export const GET_LOCATION_WINDOW_MS = 30_000
const TOO_FREQUENT = '频繁调用会增加电量损耗，可考虑使用 wx.onLocationChange 监听地理位置变化'

type Fix = PayloadOf<'getLocation'>

/**
 * The last real fix per coordinate type and when it was taken, kept on the phone (device.ts LAST_FIXES). Four slots
 * in one object, not a state entry of `{ wgs84, gcj02 }` holding `{ at, fix }` per type (issue 14: 96 B and a state
 * Map entry → 56 B; the times are undefined first, so the slots keep the clock's number instead of boxing a copy).
 */
class LastFixes {
  wgs84: Fix | undefined = undefined
  wgs84At: number | undefined = undefined
  gcj02: Fix | undefined = undefined
  gcj02At: number | undefined = undefined
  set(gcj02: boolean, fix: Fix, at: number): void {
    if (gcj02) {
      this.gcj02 = fix
      this.gcj02At = at
    } else {
      this.wgs84 = fix
      this.wgs84At = at
    }
  }
}

export const getLocation = defineAsyncApi({
  name: 'getLocation',
  // `type: 'Any'`: the body normalises it first ("gcj02" !== e.type && (e.type = "wgs84"), research.md §3.1 M),
  // so `type: 1` is wgs84, never a parameter error (overrides the typings' string type in OPTION_TYPES).
  params: { altitude: 'Boolean', isHighAccuracy: 'Boolean', highAccuracyExpireTime: 'Number', type: 'Any' },
  scope: 'scope.userLocation',
  run(ctx, options) {
    const hidden = foregroundOnly(ctx)
    if (hidden) return hidden
    const type = coordinateType(options.type)
    const last = (ctx.device[LAST_FIXES] ??= new LastFixes()) as LastFixes
    const gcj02 = type === 'gcj02'
    const cached = gcj02 ? last.gcj02 : last.wgs84
    const throttled =
      cached && compareVersion(ctx.config.SDKVersion, THROTTLE_SINCE) >= 0 && ctx.clock.now() - (gcj02 ? last.gcj02At : last.wgs84At)! < GET_LOCATION_WINDOW_MS
    if (throttled && ctx.config.envVersion !== 'release') return failure(TOO_FREQUENT)
    const fix: Fix = throttled ? cached : currentFix(ctx, type)
    if (!throttled) last.set(gcj02, fix, ctx.clock.now())
    // `e.altitude || delete t.altitude`: altitude only when asked for (research.md §3.1, M).
    const { altitude, ...rest } = fix
    return ok((options.altitude ? { ...rest, altitude } : rest) as Fix)
  },
})
