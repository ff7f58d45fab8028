// https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.redirectTo.html
// "关闭当前页面，跳转到应用内的某个页面。但是不允许跳转到 tabbar 页面。" Stack rules: host/navigation.ts.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { hostOf } from '../../host/host.ts'
import { redirectTo as redirect } from '../../host/navigation.ts'

export const redirectTo = defineAsyncApi({
  name: 'redirectTo',
  params: { url: 'String!' },
  run: (ctx, { url }) => redirect(hostOf(ctx), url),
})
