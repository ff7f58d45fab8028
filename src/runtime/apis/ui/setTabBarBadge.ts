// https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.setTabBarBadge.html
// Base library 1.9.0. 为 tabBar 某一项的右上角添加文本: `index` 从左边算起, `text` "超过 4 个字符则显示成 ..." (doc, H);
// the text must be a string (a number fails the parameter check; blog.csdn.net/qq_35086913/article/details/85263262, M).
// From a page that is not a tab page: `setTabBarBadge:fail not TabBar page`; index out of range:
// `setTabBarBadge:fail tabbar item not found` (tab-bar.ts, M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { noteTabBar, setBadge, tabItemFor } from './tab-bar.ts'

export const setTabBarBadge = defineAsyncApi({
  name: 'setTabBarBadge',
  params: { index: 'Number!', text: 'String!' },
  run(ctx, o) {
    const found = tabItemFor(ctx, o.index)
    if ('stop' in found) return found.stop
    setBadge(found.item, o.text, false)
    noteTabBar(ctx, `badge "${o.text}" on item ${o.index}`)
    return ok({})
  },
})
