// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.openLocation.html
// "使用微信内置地图查看位置": latitude "范围为-90~90，负数表示南纬", longitude "范围为-180~180，负数表示西经" (gcj02, required),
// scale "缩放比例，范围5~18" default 18, name, address (doc, H). No scope: it only shows a place (not in the 授权 list, H).
// WeChat's map page opens over the mini program; what it showed is readable as `rt.maps.opened`.
// Out-of-range coordinates: the client's text is not documented; fake-wx answers in the parameter-error form (L).
import { failure, ok } from '../../errors/wx-error.ts'
import { ERRNO } from '../../errors/errno.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { openedLocations } from './map-state.ts'

const OPEN_LOCATION_SCALE = { min: 5, max: 18, default: 18 } as const

export const openLocation = defineAsyncApi({
  name: 'openLocation',
  params: { latitude: 'Number!', longitude: 'Number!', scale: 'Number', name: 'String', address: 'String' },
  run(ctx, o) {
    if (!(Math.abs(o.latitude) <= 90)) return failure(`parameter error: parameter.latitude should be in [-90, 90];`, ERRNO.parameterError)
    if (!(Math.abs(o.longitude) <= 180)) return failure(`parameter error: parameter.longitude should be in [-180, 180];`, ERRNO.parameterError)
    // A scale outside 5~18 is brought into range (the map SDK clamps its zoom; M).
    const scale = Math.min(OPEN_LOCATION_SCALE.max, Math.max(OPEN_LOCATION_SCALE.min, o.scale ?? OPEN_LOCATION_SCALE.default))
    const opened = {
      latitude: o.latitude,
      longitude: o.longitude,
      scale,
      ...(o.name !== undefined ? { name: o.name } : {}),
      ...(o.address !== undefined ? { address: o.address } : {}),
      at: ctx.clock.now(),
    }
    openedLocations(ctx).push(opened)
    ctx.trace.record({ type: 'device', change: 'openLocation', value: opened })
    return ok({})
  },
})
