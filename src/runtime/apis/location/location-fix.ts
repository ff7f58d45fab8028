import type { RuntimeCore } from '../../core.ts'
import { wgs84ToGcj02 } from '../../device/position.ts'

export type CoordinateType = 'wgs84' | 'gcj02'

/**
 * The client normalises getLocation's `type`: "gcj02" !== e.type && (e.type = "wgs84") — any other value, even an
 * invalid one, means wgs84 (base library getLocation decorator, research.md §3.1, M).
 */
export function coordinateType(type: unknown): CoordinateType {
  return type === 'gcj02' ? 'gcj02' : 'wgs84'
}

/**
 * startLocationUpdate(Background) report gcj02 unless wgs84 is asked for: "GCJ02，我们补充下文档" (WeChat staff,
 * 2021-05-11, https://developers.weixin.qq.com/community/develop/doc/000028da9a89c0a9acebf1acd51400); the typings
 * describe onLocationChange's latitude/longitude as "使用 gcj02 国测局坐标系".
 */
export function updatesCoordinateType(type: unknown): CoordinateType {
  return type === 'wgs84' ? 'wgs84' : 'gcj02'
}

/** The device's current fix in the requested coordinate system (what onLocationChange and getLocation report). */
export function currentFix(core: RuntimeCore, asked: CoordinateType): WechatMiniprogram.OnLocationChangeListenerResult {
  const p = core.device.position
  // DevTools: "工具目前仅支持 gcj02 坐标" (wx.getLocation doc, 注意, H): `devtools.location`, default 'gcj02-only'.
  const devtoolsGcj02 = core.config.platform === 'devtools' && core.config.devtools.location === 'gcj02-only'
  const type = devtoolsGcj02 ? 'gcj02' : asked
  const { latitude, longitude } = type === 'gcj02' ? wgs84ToGcj02(p.latitude, p.longitude) : p
  return {
    latitude,
    longitude,
    speed: p.speed,
    accuracy: p.accuracy,
    altitude: p.altitude,
    // "verticalAccuracy: 垂直精度，单位 m（Android 无法获取，返回 0）" (getLocation doc)
    verticalAccuracy: core.device.platform === 'android' ? 0 : p.verticalAccuracy,
    horizontalAccuracy: p.horizontalAccuracy,
  }
}
