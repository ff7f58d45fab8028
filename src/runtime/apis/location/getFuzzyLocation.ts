// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getFuzzyLocation.html
// Base library 2.25.0; scope scope.userFuzzyLocation; "Promise 风格调用：不支持" (H): without callbacks
// it returns undefined and the result is lost.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { coordinateType, currentFix } from './location-fix.ts'

/** A fuzzy fix is the precise one cut to two decimals (about 1 km), deterministic. */
const fuzz = (degrees: number) => Math.trunc(degrees * 100) / 100

export const getFuzzyLocation = defineAsyncApi({
  name: 'getFuzzyLocation',
  params: { type: 'String' },
  scope: 'scope.userFuzzyLocation',
  promise: false,
  run(ctx, options) {
    const { latitude, longitude } = currentFix(ctx, coordinateType(options.type))
    return ok({ latitude: fuzz(latitude), longitude: fuzz(longitude) })
  },
})
