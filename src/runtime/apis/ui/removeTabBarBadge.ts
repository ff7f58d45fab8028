// https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.removeTabBarBadge.html
// Base library 1.9.0. 移除 tabBar 某一项右上角的文本 (doc, H); the red dot shares the spot and goes too (tab-bar.ts, M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { noteTabBar, setBadge, tabItemFor } from './tab-bar.ts'

export const removeTabBarBadge = defineAsyncApi({
  name: 'removeTabBarBadge',
  params: { index: 'Number!' },
  run(ctx, o) {
    const found = tabItemFor(ctx, o.index)
    if ('stop' in found) return found.stop
    setBadge(found.item, undefined, false)
    noteTabBar(ctx, `badge removed from item ${o.index}`)
    return ok({})
  },
})
