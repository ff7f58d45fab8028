import { createMapContext } from './createMapContext.ts'
import { openLocation } from './openLocation.ts'

/** Maps: wx.openLocation (WeChat's map page, rt.maps.opened) and the <map> component's MapContext. */
export const MAP_APIS = [openLocation, createMapContext] as const
