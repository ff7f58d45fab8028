// https://developers.weixin.qq.com/miniprogram/dev/api/device/battery/wx.getBatteryInfo.html
// https://developers.weixin.qq.com/miniprogram/dev/api/device/battery/wx.getBatteryInfoSync.html
// "获取设备电池信息。同步 API wx.getBatteryInfoSync 在 iOS 上不可用" (H): { level (1 – 100), isCharging,
// isLowPowerModeEnabled (3.5.0) }. On iOS the Sync form throws; its text is not documented (L).
import { compareVersion } from '../../config.ts'
import type { ApiContext } from '../../core.ts'
import { AppServiceSdkKnownError } from '../../errors/app-service-error.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, defineSyncApi, type PayloadOf } from '../../facade/define-api.ts'

function batteryOf(ctx: ApiContext): WechatMiniprogram.GetBatteryInfoSyncResult {
  const b = ctx.device.battery
  return {
    level: b.level,
    isCharging: b.isCharging,
    ...(compareVersion(ctx.config.SDKVersion, '3.5.0') >= 0 ? { isLowPowerModeEnabled: b.isLowPowerModeEnabled } : {}),
  } as WechatMiniprogram.GetBatteryInfoSyncResult
}

export const getBatteryInfo = defineAsyncApi({
  name: 'getBatteryInfo',
  run: (ctx) => ok(batteryOf(ctx) as PayloadOf<'getBatteryInfo'>),
})

export const getBatteryInfoSync = defineSyncApi({
  name: 'getBatteryInfoSync',
  run(ctx) {
    if (ctx.config.platform === 'ios') throw new AppServiceSdkKnownError('getBatteryInfoSync:fail not support')
    return batteryOf(ctx)
  },
})
