// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.startLocationUpdate.html
// Base library 2.8.0; scope scope.userLocation; fixes then arrive through wx.onLocationChange.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { updatesCoordinateType } from './location-fix.ts'
import { startUpdates } from './location-updates.ts'

export const startLocationUpdate = defineAsyncApi({
  name: 'startLocationUpdate',
  params: { type: 'String' },
  scope: 'scope.userLocation',
  run(ctx, options) {
    startUpdates(ctx, updatesCoordinateType(options.type), false)
    return ok({})
  },
})
