// https://developers.weixin.qq.com/miniprogram/dev/api/device/screen/wx.setScreenBrightness.html
// https://developers.weixin.qq.com/miniprogram/dev/api/device/screen/wx.getScreenBrightness.html
// Base library 1.2.0; value "屏幕亮度值，范围 0 ~ 1，0 最暗，1 最亮。在安卓端支持传入特殊值 -1，表示屏幕亮度跟随系统变化"
// (H). getScreenBrightness: { value } — "若安卓系统设置中开启了自动调节亮度功能，则屏幕亮度会根据光线自动调整，该接口仅能
// 获取自动调节亮度之前的值" (H). What the client does with a value outside the range is not documented: it is kept (?).
// State: `rt.device.screen.brightness`.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

/** -1 ("follow the system") reads back as the brightness before it was set (fixture: the device's). */
const FOLLOW_SYSTEM = -1

export const setScreenBrightness = defineAsyncApi({
  name: 'setScreenBrightness',
  params: { value: 'Number!' },
  run(ctx, o) {
    const screen = ctx.device.screen
    if (!(o.value === FOLLOW_SYSTEM && ctx.config.platform === 'android')) screen.brightness = o.value
    ctx.trace.record({ type: 'device', change: 'screenBrightness', value: o.value })
    return ok({})
  },
})

export const getScreenBrightness = defineAsyncApi({
  name: 'getScreenBrightness',
  run: (ctx) => ok({ value: ctx.device.screen.brightness }),
})
