// https://developers.weixin.qq.com/miniprogram/dev/api/media/map/MapContext.html
// What the map shows: getCenterLocation ("返回的是 gcj02 坐标系，可以用于 wx.openLocation()"), getScale, getRegion
// (southwest / northeast), getRotate, getSkew, includePoints ("缩放视野展示所有经纬度", padding [上,右,下,左]),
// moveToLocation ("将地图中心移置当前定位点" or, 2.8.0, to latitude/longitude) (doc, H).
import { requestThroughLayers } from '../../facade/request-layers.ts'
import { authDenyReason } from '../../errors/dialects.ts'
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { clampScale, MAP_SCALE, regionOf, type MapState } from './map-state.ts'
import { mapMethod } from './map-method.ts'

type Cb = { success?: unknown; fail?: unknown; complete?: unknown }

export const getCenterLocation = mapMethod<Cb>('getCenterLocation', { iconPath: 'String' }, (_ctx, map) =>
  ok({ latitude: map.latitude, longitude: map.longitude }),
)
export const getScale = mapMethod<Cb>('getScale', {}, (_ctx, map) => ok({ scale: map.scale }))
export const getRegion = mapMethod<Cb>('getRegion', {}, (_ctx, map) => ok(regionOf(map)))
export const getRotate = mapMethod<Cb>('getRotate', {}, (_ctx, map) => ok({ rotate: map.rotate }))
export const getSkew = mapMethod<Cb>('getSkew', {}, (_ctx, map) => ok({ skew: map.skew }))

/** The map moved by a MapContext call: bindregionchange begin / end, causedBy 'update' (map component doc, M). */
function moved(map: MapState): void {
  map.dispatch('regionchange', { type: 'begin', causedBy: 'update' })
  const { latitude, longitude, scale, rotate, skew } = map
  map.dispatch('regionchange', { type: 'end', causedBy: 'update', centerLocation: { latitude, longitude }, region: regionOf(map), scale, rotate, skew })
}

// moveToLocation needs scope.userLocation (the current 授权 list names "MapContext.moveToLocation"; research.md §3, H)
// when it goes to the user's position; with latitude and longitude (2.8.0) it only moves the map (M).
export const moveToLocation = mapMethod<WechatMiniprogram.MoveToLocationOption>(
  'moveToLocation',
  { latitude: 'Number', longitude: 'Number' },
  async (ctx, map, o) => {
    if (typeof o.latitude === 'number' && typeof o.longitude === 'number') {
      Object.assign(map, { latitude: o.latitude, longitude: o.longitude })
    } else {
      const decision = await requestThroughLayers(ctx, 'MapContext.moveToLocation', 'scope.userLocation')
      if (decision.stop === 'privacy' || decision.stop === 'os') return decision.outcome
      if (decision.stop === 'scope') return failure(authDenyReason(ctx.config.dialect, ctx.api), ERRNO.authDeny)
      Object.assign(map, { latitude: ctx.device.position.latitude, longitude: ctx.device.position.longitude })
    }
    moved(map)
    return ok({})
  },
)

export const includePoints = mapMethod<WechatMiniprogram.IncludePointsOption>('includePoints', { points: 'Array!', padding: 'Array' }, (_ctx, map, o) => {
  const points = o.points
  if (points.length === 0) return ok({})
  const lats = points.map((p) => p.latitude)
  const lngs = points.map((p) => p.longitude)
  const [top = 0, right = top, bottom = top, left = right] = (o.padding ?? []) as number[]
  const center = { latitude: (Math.min(...lats) + Math.max(...lats)) / 2, longitude: (Math.min(...lngs) + Math.max(...lngs)) / 2 }
  const fits = (scale: number) => {
    const r = regionOf({ ...map, ...center, scale, width: map.width - left - right, height: map.height - top - bottom })
    return r.southwest.latitude <= Math.min(...lats) && r.northeast.latitude >= Math.max(...lats) && r.southwest.longitude <= Math.min(...lngs) && r.northeast.longitude >= Math.max(...lngs)
  }
  let scale = MAP_SCALE.max
  while (scale > MAP_SCALE.min && !fits(scale)) scale--
  Object.assign(map, center, { scale: clampScale(scale) })
  moved(map)
  return ok({})
})
