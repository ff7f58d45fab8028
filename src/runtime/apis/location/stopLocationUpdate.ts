// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.stopLocationUpdate.html
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { stopUpdates } from './location-updates.ts'

export const stopLocationUpdate = defineAsyncApi({
  name: 'stopLocationUpdate',
  run(ctx) {
    stopUpdates(ctx)
    return ok({})
  },
})
