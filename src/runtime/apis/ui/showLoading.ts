// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showLoading.html
// Base library 1.1.0. 显示 loading 提示框，需主动调用 wx.hideLoading 才能关闭提示框 (doc, H). `title` required, `mask`.
// The base library shows it through the native showToast with icon 'loading' (early WAService.js, H), so it takes the
// same slot as wx.showToast: one replaces the other (toast-slot.ts). It has no duration: it stays until hidden.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { showInSlot } from './toast-slot.ts'

export const showLoading = defineAsyncApi({
  name: 'showLoading',
  params: { title: 'String!', mask: 'Boolean' },
  run(ctx, o) {
    showInSlot(ctx, { kind: 'loading', title: o.title, icon: 'loading', mask: o.mask ?? false, shownAt: ctx.clock.now() })
    return ok({})
  },
})
