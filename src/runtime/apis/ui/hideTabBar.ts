// https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.hideTabBar.html
// Base library 1.9.0. 隐藏 tabBar; `animation` (doc, H). Only from a tab page: elsewhere `hideTabBar:fail not TabBar page`
// (public app code, M; tab-bar.ts).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { noteTabBar, tabBarFor } from './tab-bar.ts'

export const hideTabBar = defineAsyncApi({
  name: 'hideTabBar',
  params: { animation: 'Boolean' },
  run(ctx) {
    const found = tabBarFor(ctx)
    if ('stop' in found) return found.stop
    found.bar.visible = false
    noteTabBar(ctx, 'hidden')
    return ok({})
  },
})
