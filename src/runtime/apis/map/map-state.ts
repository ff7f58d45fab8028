// Per-runtime map state: the <map> components on the page by id (rt.mountComponent('map', …)) and the locations
// wx.openLocation opened in WeChat's map page. Tests read them through `rt.maps`.
import { stateOf, type RuntimeCore } from '../../core.ts'

export interface MapMarker {
  readonly id: number
  readonly latitude: number
  readonly longitude: number
  readonly [key: string]: unknown
}

export interface MapState {
  readonly id: string
  latitude: number
  longitude: number
  scale: number
  rotate: number
  skew: number
  markers: MapMarker[]
  /** Screen size of the map in px, for getRegion (fixture; default 375 × 300). */
  readonly width: number
  readonly height: number
  /** Fires a bind… handler of the <map> (component-host.ts). */
  readonly dispatch: (type: string, detail: object) => void
}

/** What wx.openLocation showed: the options as the map page got them (scale clamped to 5–18). */
export interface OpenedLocation {
  readonly latitude: number
  readonly longitude: number
  readonly scale: number
  readonly name?: string
  readonly address?: string
  /** Virtual time it opened. */
  readonly at: number
}

export const mapsOf = (core: RuntimeCore): Map<string, MapState> => stateOf(core, 'map.instances', () => new Map<string, MapState>())
export const openedLocations = (core: RuntimeCore): OpenedLocation[] => stateOf(core, 'map.opened', () => [] as OpenedLocation[])

/** <map> scale: "缩放级别，取值范围为3-20", default 16 (map component doc, H). */
export const MAP_SCALE = { min: 3, max: 20, default: 16 } as const
export const clampScale = (scale: number): number => Math.min(MAP_SCALE.max, Math.max(MAP_SCALE.min, scale))

/**
 * The region a map shows: Web-Mercator degrees per pixel at `scale` (256-px tiles: 360° / (256 · 2^scale) per px),
 * around the centre. Fixture geometry (the client reports what its map SDK computes; M for the formula's shape).
 */
export function regionOf(map: MapState): { southwest: { latitude: number; longitude: number }; northeast: { latitude: number; longitude: number } } {
  const degPerPx = 360 / (256 * 2 ** map.scale)
  const dLng = (map.width / 2) * degPerPx
  const dLat = (map.height / 2) * degPerPx * Math.cos((map.latitude * Math.PI) / 180)
  return {
    southwest: { latitude: map.latitude - dLat, longitude: map.longitude - dLng },
    northeast: { latitude: map.latitude + dLat, longitude: map.longitude + dLng },
  }
}

/** `rt.maps`: what wx.openLocation opened, and each mounted <map>'s state by id. */
export interface MapsView {
  readonly opened: readonly OpenedLocation[]
  get(id: string): Readonly<Omit<MapState, 'dispatch'>> | undefined
}

export function mapsView(core: RuntimeCore): MapsView {
  return {
    get opened() {
      return [...openedLocations(core)]
    },
    get(id) {
      const map = mapsOf(core).get(id)
      if (!map) return undefined
      const { dispatch: _dispatch, ...state } = map
      return { ...state, markers: map.markers.map((m) => ({ ...m })) }
    },
  }
}
