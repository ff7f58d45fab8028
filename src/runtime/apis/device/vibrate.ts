// https://developers.weixin.qq.com/miniprogram/dev/api/device/vibrate/wx.vibrateShort.html
// https://developers.weixin.qq.com/miniprogram/dev/api/device/vibrate/wx.vibrateLong.html
// vibrateShort: "使手机发生较短时间的振动（15 ms）。仅在 iPhone 7 / 7 Plus 以上及 Android 机型生效"; `type`
// ("震动强度类型，有效值为：heavy、medium、light") is listed as required from base library 2.13.0 (H, doc/typings).
// No source shows a call without it failing; community reports say iOS then does not vibrate: here the call succeeds
// and, on iOS, no vibration is recorded (L). vibrateLong: 400 ms (H). Both have a Promise form.
// Every vibration: `rt.device.vibrator.log`.
import { compareVersion } from '../../config.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const vibrateShort = defineAsyncApi({
  name: 'vibrateShort',
  params: { type: 'String' },
  run(ctx, o) {
    const typed = typeof o.type === 'string' && o.type !== ''
    if (!typed && ctx.config.platform === 'ios' && compareVersion(ctx.config.SDKVersion, '2.13.0') >= 0) {
      ctx.trace.record({ type: 'note', text: 'vibrateShort without type: iOS does not vibrate (community reports, L)' })
      return ok({})
    }
    ctx.device.vibrator.vibrate({ kind: 'short', ...(typed ? { type: o.type } : {}), at: ctx.clock.now() })
    return ok({})
  },
})

export const vibrateLong = defineAsyncApi({
  name: 'vibrateLong',
  run(ctx) {
    ctx.device.vibrator.vibrate({ kind: 'long', at: ctx.clock.now() })
    return ok({})
  },
})
