// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.hideLoading.html
// Base library 1.1.0. 隐藏 loading 提示框. The base library calls the native hideToast and renames the errMsg
// (early WAService.js, H), so it also hides a toast ("wx.hideLoading 会把 wx.showToast 提示框关掉", community, H);
// `noConflict: true` (2.22.1) only a loading. Nothing shown: `hideLoading:fail:toast can't be found` (app reports, M–H).
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { hideSlot, noConflict, TOAST_NOT_FOUND } from './toast-slot.ts'

export const hideLoading = defineAsyncApi({
  name: 'hideLoading',
  params: { noConflict: 'Boolean' },
  run(ctx, o) {
    return hideSlot(ctx, 'hideLoading', noConflict(ctx, o.noConflict) ? 'loading' : undefined) ? ok({}) : failure(TOAST_NOT_FOUND)
  },
})
