// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.hideToast.html
// 隐藏消息提示框. Hides a toast or a loading (they share one slot); `noConflict: true` (2.22.1) only a toast.
// Nothing shown: `hideToast:fail:toast can't be found` (Android JsApiHideToast, decompiled, H; toast-slot.ts).
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { hideSlot, noConflict, TOAST_NOT_FOUND } from './toast-slot.ts'

export const hideToast = defineAsyncApi({
  name: 'hideToast',
  params: { noConflict: 'Boolean' },
  run(ctx, o) {
    return hideSlot(ctx, 'hideToast', noConflict(ctx, o.noConflict) ? 'toast' : undefined) ? ok({}) : failure(TOAST_NOT_FOUND)
  },
})
