// https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.showTabBar.html
// Base library 1.9.0. 显示 tabBar; `animation` 是否需要动画效果 (doc, H). Only from a tab page (tab-bar.ts).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { noteTabBar, tabBarFor } from './tab-bar.ts'

export const showTabBar = defineAsyncApi({
  name: 'showTabBar',
  params: { animation: 'Boolean' },
  run(ctx) {
    const found = tabBarFor(ctx)
    if ('stop' in found) return found.stop
    found.bar.visible = true
    noteTabBar(ctx, 'shown')
    return ok({})
  },
})
