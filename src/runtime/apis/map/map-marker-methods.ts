// https://developers.weixin.qq.com/miniprogram/dev/api/media/map/MapContext.translateMarker.html
// Markers: addMarkers (2.13.0; "clear: 是否先清空地图上所有 marker"; a marker with an existing id replaces it, M),
// removeMarkers (2.13.0, markerIds), translateMarker ("平移marker，带动画": duration default 1000 ms, animationEnd
// "动画结束回调函数") (doc, H). The marker reaches its destination on the runtime clock after `duration`.
import { callAppCode, later } from '../../facade/deliver.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { mapMethod } from './map-method.ts'
import type { MapMarker } from './map-state.ts'

export const addMarkers = mapMethod<WechatMiniprogram.AddMarkersOption>('addMarkers', { markers: 'Array!', clear: 'Boolean' }, (_ctx, map, o) => {
  const added = o.markers as unknown as MapMarker[]
  const ids = new Set(added.map((m) => m.id))
  map.markers = [...(o.clear ? [] : map.markers.filter((m) => !ids.has(m.id))), ...added.map((m) => ({ ...m }))]
  return ok({})
})

export const removeMarkers = mapMethod<WechatMiniprogram.RemoveMarkersOption>('removeMarkers', { markerIds: 'Array!' }, (_ctx, map, o) => {
  // markerIds: typed string[] in the typings, numbers in app code: compared as strings (M).
  const ids = new Set((o.markerIds as unknown[]).map(String))
  map.markers = map.markers.filter((m) => !ids.has(String(m.id)))
  return ok({})
})

/** A markerId the map does not have (L: no client text found). */
const NO_MARKER = 'marker not found'

export const translateMarker = mapMethod<WechatMiniprogram.TranslateMarkerOption>(
  'translateMarker',
  { markerId: 'Number!', destination: 'Object!', autoRotate: 'Boolean', rotate: 'Number', moveWithRotate: 'Boolean', duration: 'Number', animationEnd: 'Function' },
  (ctx, map, o) => {
    const marker = map.markers.find((m) => m.id === o.markerId)
    if (!marker) return failure(NO_MARKER)
    const duration = Math.max(0, o.duration ?? 1000)
    ctx.clock.schedule(duration, () => {
      map.markers = map.markers.map((m) => (m.id === o.markerId ? { ...m, latitude: o.destination.latitude, longitude: o.destination.longitude } : m))
      const end = o.animationEnd
      if (typeof end === 'function') later(() => callAppCode(ctx, 'MapContext.translateMarker animationEnd', end as (r: never) => unknown, {}))
    })
    return ok({})
  },
)
