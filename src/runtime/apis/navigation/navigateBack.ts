// https://developers.weixin.qq.com/miniprogram/dev/api/route/wx.navigateBack.html
// "关闭当前页面，返回上一页面或多级页面"; delta (default 1) beyond the stack returns to the first page.
// Stack rules: host/navigation.ts.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { hostOf } from '../../host/host.ts'
import { navigateBack as back } from '../../host/navigation.ts'

export const navigateBack = defineAsyncApi({
  name: 'navigateBack',
  params: { delta: 'Number' },
  run: (ctx, { delta }) => back(hostOf(ctx), delta),
})
