// A MapContext method: callbacks only ("以 Promise 风格 调用：不支持", MapContext.getCenterLocation doc, H), answering
// under the client's JSAPI name: getCenterLocation → "getMapCenterLocation:ok" (app code compares with it; M-H),
// moveToLocation → moveToMapLocation, translateMarker → translateMapMarker, includePoints → includeMapPoints,
// getScale → getMapScale, removeMarkers → removeMapMarkers (the names WeChat's Android client registers, read from
// decompiled code; M); getRegion / getRotate / getSkew / addMarkers follow the same pattern (L).
import type { ApiContext } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import type { Outcome } from '../../errors/wx-error.ts'
import { defineMethod, type MethodDef } from '../../facade/define-api.ts'
import type { ParamSchema } from '../../facade/params.ts'
import { mapsOf, type MapState } from './map-state.ts'

export const JSAPI_NAME = {
  getCenterLocation: 'getMapCenterLocation',
  moveToLocation: 'moveToMapLocation',
  translateMarker: 'translateMapMarker',
  includePoints: 'includeMapPoints',
  getRegion: 'getMapRegion',
  getScale: 'getMapScale',
  getRotate: 'getMapRotate',
  getSkew: 'getMapSkew',
  addMarkers: 'addMapMarkers',
  removeMarkers: 'removeMapMarkers',
} as const

export type MapMethodName = keyof typeof JSAPI_NAME

/** The <map> a context was made for; a test that never mounted it is told how to. */
export function mapFor(ctx: ApiContext, id: string): MapState {
  const map = mapsOf(ctx).get(id)
  if (!map) {
    throw new FakeWxError(
      `wx.createMapContext('${id}'): there is no <map id="${id}"> on the page.`,
      `Mount it first: await rt.mountComponent('map', { id: '${id}', latitude, longitude }).ready`,
    )
  }
  return map
}

export function mapMethod<O extends object>(
  name: MapMethodName,
  params: ParamSchema,
  run: (ctx: ApiContext, map: MapState, o: O) => Outcome | Promise<Outcome>,
): (id: string) => MethodDef<O> {
  return (id) => defineMethod<O>({ name: `MapContext.${name}`, errMsgApi: JSAPI_NAME[name], params, run: (ctx, o) => run(ctx, mapFor(ctx, id), o) })
}
