// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.startLocationUpdateBackground.html
// Scope scope.userLocationBackground, which has no dialog: the user must choose "使用小程序期间和离开小程序后"
// in the settings page ([AUTH] "不会弹窗提醒用户", H). "需在app.json中配置requiredBackgroundModes: ['location']
// 后使用"; without it the reported failure is "auth deny" (research.md §7.3, M).
import { authDeny } from '../../auth/scope-gate.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { updatesCoordinateType } from './location-fix.ts'
import { startUpdates } from './location-updates.ts'

export const startLocationUpdateBackground = defineAsyncApi({
  name: 'startLocationUpdateBackground',
  params: { type: 'String' },
  scope: 'scope.userLocationBackground',
  run(ctx, options) {
    if (!ctx.config.appJson.requiredBackgroundModes?.includes('location')) return authDeny(ctx)
    startUpdates(ctx, updatesCoordinateType(options.type), true)
    return ok({})
  },
})
