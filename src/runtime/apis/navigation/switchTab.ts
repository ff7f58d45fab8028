// https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.switchTab.html
// "跳转到 tabBar 页面，并关闭其他所有非 tabBar 页面"; the url takes no query. Stack rules: host/navigation.ts.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { hostOf } from '../../host/host.ts'
import { switchTab as toTab } from '../../host/navigation.ts'

export const switchTab = defineAsyncApi({
  name: 'switchTab',
  params: { url: 'String!' },
  run: (ctx, { url }) => toTab(hostOf(ctx), url),
})
