import type { RuntimeCore } from '../../core.ts'
import { wgs84ToGcj02 } from '../../device/position.ts'

export type CoordinateType = 'wgs84' | 'gcj02'

/**
 * The client normalises `type`: "gcj02" !== e.type && (e.type = "wgs84") — any other value, even an
 * invalid one, means wgs84 (base library getLocation decorator, research.md §3.1, M).
 */
export function coordinateType(type: unknown): CoordinateType {
  return type === 'gcj02' ? 'gcj02' : 'wgs84'
}

/** The device's current fix in the requested coordinate system (what onLocationChange and getLocation report). */
export function currentFix(core: RuntimeCore, type: CoordinateType): WechatMiniprogram.OnLocationChangeListenerResult {
  const p = core.device.position
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
