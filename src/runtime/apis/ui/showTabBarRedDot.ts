// https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.showTabBarRedDot.html
// Base library 1.9.0. 显示 tabBar 某一项的右上角的红点 (doc, H); it takes the badge's spot (tab-bar.ts, M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { noteTabBar, setBadge, tabItemFor } from './tab-bar.ts'

export const showTabBarRedDot = defineAsyncApi({
  name: 'showTabBarRedDot',
  params: { index: 'Number!' },
  run(ctx, o) {
    const found = tabItemFor(ctx, o.index)
    if ('stop' in found) return found.stop
    setBadge(found.item, undefined, true)
    noteTabBar(ctx, `red dot on item ${o.index}`)
    return ok({})
  },
})
