// https://developers.weixin.qq.com/miniprogram/dev/api/media/map/wx.createMapContext.html
// "创建 map 上下文 MapContext 对象" for the <map> with that id (doc, H); the map's state lives per id (map-state.ts).
// Methods not simulated yet (polylines, custom layers, ground overlays, visual layers, marker clusters …) tell the
// test so instead of doing nothing.
import type { RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { defineSyncApi, type MethodDef } from '../../facade/define-api.ts'
import { invokeMethod } from '../../facade/invoke.ts'
import { addMarkers, removeMarkers, translateMarker } from './map-marker-methods.ts'
import { getCenterLocation, getRegion, getRotate, getScale, getSkew, includePoints, moveToLocation } from './map-view-methods.ts'

const METHODS: Readonly<Record<string, (id: string) => MethodDef<never>>> = {
  getCenterLocation,
  moveToLocation,
  translateMarker,
  includePoints,
  getRegion,
  getScale,
  getRotate,
  getSkew,
  addMarkers,
  removeMarkers,
} as never

const NOT_SIMULATED = ['addArc', 'addCustomLayer', 'addGroundOverlay', 'addVisualLayer', 'eraseLines', 'executeVisualLayerCommand',
  'fromScreenLocation', 'initMarkerCluster', 'moveAlong', 'on', 'openMapApp', 'removeArc', 'removeCustomLayer', 'removeGroundOverlay',
  'removeVisualLayer', 'setBoundary', 'setCenterOffset', 'setLocMarkerIcon', 'toScreenLocation', 'updateGroundOverlay']

function mapContext(core: RuntimeCore, id: string): WechatMiniprogram.MapContext {
  const ctx: Record<string, (options?: unknown) => unknown> = {}
  for (const [name, def] of Object.entries(METHODS)) {
    const method = def(id)
    ctx[name] = (options?: unknown) => invokeMethod(core, method, options)
  }
  for (const name of NOT_SIMULATED) {
    ctx[name] = () => {
      throw new FakeWxError(`MapContext.${name} is not simulated by fake-wx yet.`)
    }
  }
  return ctx as unknown as WechatMiniprogram.MapContext
}

export const createMapContext = defineSyncApi({
  name: 'createMapContext',
  run: (ctx, mapId) => mapContext(ctx, String(mapId)),
})
