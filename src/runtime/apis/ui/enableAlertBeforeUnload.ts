// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.enableAlertBeforeUnload.html
// Base library 2.12.0. 开启小程序页面返回询问对话框: `message` required; "以 Promise 风格 调用：不支持" (doc, H).
// The dialog shows when the user leaves a non-home page by the bar's back button or Android's back key, not on a
// swipe back and not on wx.navigateBack (doc "弹窗条件"; community: "页面跳转时，无法触发，点击左上角返回，可以触发", M).
// fake-wx keeps the message on the top page's bar (page.navigationBar.alertBeforeUnload); the user's back is not
// simulated yet.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBar, noteBar } from './navigation-bar.ts'

export const enableAlertBeforeUnload = defineAsyncApi({
  name: 'enableAlertBeforeUnload',
  promise: false,
  params: { message: 'String!' },
  run(ctx, o) {
    const { bar, route } = currentBar(ctx)
    bar.alertBeforeUnload = o.message
    noteBar(ctx, route, `alert before unload "${o.message}"`)
    return ok({})
  },
})
