// https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.reLaunch.html
// "关闭所有页面，打开到应用内的某个页面" (tab pages too; a query is allowed). Stack rules: host/navigation.ts.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { hostOf } from '../../host/host.ts'
import { reLaunch as relaunch } from '../../host/navigation.ts'

export const reLaunch = defineAsyncApi({
  name: 'reLaunch',
  params: { url: 'String!' },
  run: (ctx, { url }) => relaunch(hostOf(ctx), url),
})
