// https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.hideTabBarRedDot.html
// Base library 1.9.0. 隐藏 tabBar 某一项的右上角的红点 (doc, H); the spot is cleared, a badge included (tab-bar.ts, M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { noteTabBar, setBadge, tabItemFor } from './tab-bar.ts'

export const hideTabBarRedDot = defineAsyncApi({
  name: 'hideTabBarRedDot',
  params: { index: 'Number!' },
  run(ctx, o) {
    const found = tabItemFor(ctx, o.index)
    if ('stop' in found) return found.stop
    setBadge(found.item, undefined, false)
    noteTabBar(ctx, `red dot hidden on item ${o.index}`)
    return ok({})
  },
})
