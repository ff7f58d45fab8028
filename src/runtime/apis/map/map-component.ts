// https://developers.weixin.qq.com/miniprogram/dev/component/map.html
// <map id latitude longitude scale markers show-location>: "longitude / latitude 中心经纬度" (required), scale
// "缩放级别，取值范围为3-20" default 16 (doc, H). Mounted with `rt.mountComponent('map', { id: 'store-map', latitude,
// longitude })`; wx.createMapContext(id) reaches it. bindregionchange fires when a MapContext moves it.
import type { RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { insertComponent, type EventHandler, type MountedComponent } from '../../components/component-host.ts'
import { clampScale, MAP_SCALE, mapsOf, type MapMarker } from './map-state.ts'

export interface MapAttributes {
  id?: string
  latitude?: number
  longitude?: number
  scale?: number
  rotate?: number
  skew?: number
  markers?: MapMarker[]
  showLocation?: boolean
  /** Screen size in px (fixture for getRegion; default 375 × 300). */
  width?: number
  height?: number
  bindregionchange?: EventHandler
  bindmarkertap?: EventHandler
}

export function mountMap(core: RuntimeCore, attributes: MapAttributes): MountedComponent {
  const { latitude, longitude } = attributes
  if (typeof latitude !== 'number' || typeof longitude !== 'number') {
    throw new FakeWxError(`rt.mountComponent('map', …) needs latitude and longitude ("中心经纬度", required on <map>).`)
  }
  return insertComponent(core, 'map', attributes, (_ctx, host) => {
    const maps = mapsOf(core)
    maps.set(host.id, {
      id: host.id,
      latitude,
      longitude,
      scale: clampScale(attributes.scale ?? MAP_SCALE.default),
      rotate: attributes.rotate ?? 0,
      skew: attributes.skew ?? 0,
      markers: [...(attributes.markers ?? [])],
      width: attributes.width ?? 375,
      height: attributes.height ?? 300,
      dispatch: host.dispatch,
    })
    host.onUnmount(() => maps.delete(host.id))
  })
}

