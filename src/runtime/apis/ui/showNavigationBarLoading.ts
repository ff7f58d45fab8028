// https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.showNavigationBarLoading.html
// 在当前页面显示导航条加载动画 (doc, H): the top page's bar shows its loading animation until hideNavigationBarLoading.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBar, noteBar } from './navigation-bar.ts'

export const showNavigationBarLoading = defineAsyncApi({
  name: 'showNavigationBarLoading',
  run(ctx) {
    const { bar, route } = currentBar(ctx)
    bar.loading = true
    noteBar(ctx, route, 'loading shown')
    return ok({})
  },
})
