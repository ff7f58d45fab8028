// https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.hideNavigationBarLoading.html
// 在当前页面隐藏导航条加载动画 (doc, H). Hiding a loading that is not shown succeeds too (no failure is documented
// or reported; L).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBar, noteBar } from './navigation-bar.ts'

export const hideNavigationBarLoading = defineAsyncApi({
  name: 'hideNavigationBarLoading',
  run(ctx) {
    const { bar, route } = currentBar(ctx)
    bar.loading = false
    noteBar(ctx, route, 'loading hidden')
    return ok({})
  },
})
