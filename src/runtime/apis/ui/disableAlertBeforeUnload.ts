// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.disableAlertBeforeUnload.html
// Base library 2.12.0. 关闭小程序页面返回询问对话框; no Promise form ("以 Promise 风格 调用：不支持", doc, H).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBar, noteBar } from './navigation-bar.ts'

export const disableAlertBeforeUnload = defineAsyncApi({
  name: 'disableAlertBeforeUnload',
  promise: false,
  run(ctx) {
    const { bar, route } = currentBar(ctx)
    delete bar.alertBeforeUnload
    noteBar(ctx, route, 'alert before unload off')
    return ok({})
  },
})
