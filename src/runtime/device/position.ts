/**
 * The device's position fixture, in WGS-84 as a GPS reports it. getLocation converts to GCJ-02 on request.
 * Default: the Tencent building in Shenzhen, the example position of the getLocation doc.
 */
export interface Position {
  latitude: number
  longitude: number
  /** Metres. */
  altitude: number
  /** Metres per second. */
  speed: number
  /** Metres. */
  accuracy: number
  verticalAccuracy: number
  horizontalAccuracy: number
}

export const DEFAULT_POSITION: Readonly<Position> = Object.freeze({
  latitude: 22.540503,
  longitude: 113.934528,
  altitude: 38,
  speed: 0,
  accuracy: 65,
  verticalAccuracy: 10,
  horizontalAccuracy: 65,
})

/**
 * WGS-84 → GCJ-02, the public "Krasovsky 1940" offset every map SDK in China applies.
 * Points outside mainland China are returned unchanged, as the client does.
 */
export function wgs84ToGcj02(latitude: number, longitude: number): { latitude: number; longitude: number } {
  if (longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271) return { latitude, longitude }
  const a = 6378245.0
  const ee = 0.00669342162296594323
  const x = longitude - 105.0
  const y = latitude - 35.0
  let dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  dLat += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  dLat += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  dLat += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  let dLng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  dLng += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  dLng += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  dLng += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  const radLat = (latitude / 180.0) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - ee * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / (((a * (1 - ee)) / (magic * sqrtMagic)) * Math.PI)
  dLng = (dLng * 180.0) / ((a / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { latitude: latitude + dLat, longitude: longitude + dLng }
}
