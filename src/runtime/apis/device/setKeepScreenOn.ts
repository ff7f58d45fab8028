// https://developers.weixin.qq.com/miniprogram/dev/api/device/screen/wx.setKeepScreenOn.html
// Base library 1.4.0; "设置是否保持常亮状态。仅在当前小程序生效，离开小程序后设置失效" (H). keepScreenOn: Boolean,
// required. State: `rt.device.screen.keepOn`.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const setKeepScreenOn = defineAsyncApi({
  name: 'setKeepScreenOn',
  params: { keepScreenOn: 'Boolean!' },
  run(ctx, o) {
    ctx.device.screen.keepOn = o.keepScreenOn
    ctx.trace.record({ type: 'device', change: 'keepScreenOn', value: o.keepScreenOn })
    return ok({})
  },
})
