import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../src/index.ts'

const STORE = { latitude: 39.908823, longitude: 116.39747 }
/** A MapContext method called with callbacks (they have no Promise form). */
function call(fn: (cbs: { success: (r: object) => void; fail: (e: object) => void }) => void): Promise<{ ok: boolean; res: object }> {
  return new Promise((resolve) => fn({ success: (res) => resolve({ ok: true, res }), fail: (res) => resolve({ ok: false, res }) }))
}

async function withMap(options: RuntimeOptions = {}, extra: object = {}): Promise<{ rt: Runtime; events: unknown[] }> {
  const rt = createRuntime(options)
  const events: unknown[] = []
  await rt.mountComponent('map', { id: 'store-map', ...STORE, bindregionchange: (e) => events.push(e.detail), ...extra }).ready
  return { rt, events }
}

describe('wx.createMapContext (api/media/map/MapContext.html)', () => {
  test('getCenterLocation gives the <map> centre as "getMapCenterLocation:ok"', async () => {
    const { rt } = await withMap()
    const map = rt.wx.createMapContext('store-map')
    expect(await call((cbs) => map.getCenterLocation(cbs))).toEqual({ ok: true, res: { errMsg: 'getMapCenterLocation:ok', ...STORE } })
  })

  test('getScale: the <map> scale, 16 by default', async () => {
    const { rt } = await withMap()
    expect(await call((cbs) => rt.wx.createMapContext('store-map').getScale(cbs))).toEqual({ ok: true, res: { errMsg: 'getMapScale:ok', scale: 16 } })
  })

  test('moveToLocation goes to the user’s position: it asks scope.userLocation first (授权 list)', async () => {
    const { rt, events } = await withMap({ user: { authorize: { 'scope.userLocation': 'allow' } } })
    const map = rt.wx.createMapContext('store-map')
    const r = await call((cbs) => map.moveToLocation(cbs))
    expect(r).toEqual({ ok: true, res: { errMsg: 'moveToMapLocation:ok' } })
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
    expect(rt.maps.get('store-map')).toMatchObject({ latitude: rt.device.position.latitude, longitude: rt.device.position.longitude })
    await rt.settle()
    expect(events).toMatchObject([{ type: 'begin', causedBy: 'update' }, { type: 'end', causedBy: 'update' }])
  })

  test('moveToLocation refused: fails "auth deny" and the map stays', async () => {
    const { rt } = await withMap({ user: { authorize: { 'scope.userLocation': 'deny' } } })
    const r = await call((cbs) => rt.wx.createMapContext('store-map').moveToLocation(cbs))
    expect(r).toMatchObject({ ok: false, res: { errMsg: 'moveToMapLocation:fail auth deny' } })
    expect(rt.maps.get('store-map')).toMatchObject(STORE)
  })

  test('moveToLocation with latitude/longitude (2.8.0) moves there without asking', async () => {
    const { rt } = await withMap()
    await call((cbs) => rt.wx.createMapContext('store-map').moveToLocation({ latitude: 31.23, longitude: 121.47, ...cbs }))
    expect(rt.maps.get('store-map')).toMatchObject({ latitude: 31.23, longitude: 121.47 })
    expect(rt.prompts).toHaveLength(0)
  })

  test('includePoints centres the map on the points and zooms out until all are in view', async () => {
    const { rt } = await withMap()
    const map = rt.wx.createMapContext('store-map')
    const points = [{ latitude: 39.9, longitude: 116.3 }, { latitude: 40.0, longitude: 116.5 }]
    await call((cbs) => map.includePoints({ points, padding: [10], ...cbs }))
    const region = (await call((cbs) => map.getRegion(cbs))).res as unknown as { southwest: { latitude: number; longitude: number }; northeast: { latitude: number; longitude: number } }
    expect(region.southwest.latitude).toBeLessThanOrEqual(39.9)
    expect(region.northeast.longitude).toBeGreaterThanOrEqual(116.5)
    expect(rt.maps.get('store-map')!.scale).toBeLessThan(16)
  })

  test('addMarkers / removeMarkers change the markers; translateMarker moves one after duration, then animationEnd', async () => {
    const { rt } = await withMap()
    const map = rt.wx.createMapContext('store-map')
    await call((cbs) => map.addMarkers({ markers: [{ id: 1, ...STORE, iconPath: '/img/pin.png' }, { id: 2, latitude: 1, longitude: 1, iconPath: '' }], ...cbs }))
    await call((cbs) => map.removeMarkers({ markerIds: [2] as unknown as string[], ...cbs }))
    let ended = false
    const r = await call((cbs) =>
      map.translateMarker({ markerId: 1, destination: { latitude: 40, longitude: 117 }, autoRotate: false, rotate: 0, duration: 500, animationEnd: () => (ended = true), ...cbs }),
    )
    expect(r).toEqual({ ok: true, res: { errMsg: 'translateMapMarker:ok' } })
    expect(rt.maps.get('store-map')!.markers.map((m) => m.id)).toEqual([1])
    expect(rt.maps.get('store-map')!.markers[0]).toMatchObject(STORE)
    rt.clock.advance(500)
    await rt.settle()
    expect(ended).toBe(true)
    expect(rt.maps.get('store-map')!.markers[0]).toMatchObject({ id: 1, latitude: 40, longitude: 117 })
  })
})
