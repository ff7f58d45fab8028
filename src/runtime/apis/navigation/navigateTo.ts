// https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateTo.html
// "保留当前页面，跳转到应用内的某个页面。但是不能跳到 tabbar 页面 … 小程序中页面栈最多十层。"
// success: { errMsg: 'navigateTo:ok', eventChannel } (the opener's end; `events` listen on it).
// Stack rules and failure texts: host/navigation.ts.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { hostOf } from '../../host/host.ts'
import { navigateTo as navigate } from '../../host/navigation.ts'

export const navigateTo = defineAsyncApi({
  name: 'navigateTo',
  params: { url: 'String!', events: 'Object' },
  run: (ctx, { url, events }) => navigate(hostOf(ctx), url, events),
})
