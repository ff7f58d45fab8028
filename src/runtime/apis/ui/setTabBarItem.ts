// https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.setTabBarItem.html
// Base library 1.9.0. 动态设置 tabBar 某一项的内容: `index` required, `text`, `iconPath`, `selectedIconPath` (doc, H).
// Not a tab page / index out of range: tab-bar.ts.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { noteTabBar, tabItemFor } from './tab-bar.ts'

export const setTabBarItem = defineAsyncApi({
  name: 'setTabBarItem',
  params: { index: 'Number!', text: 'String', iconPath: 'String', selectedIconPath: 'String' },
  run(ctx, o) {
    const found = tabItemFor(ctx, o.index)
    if ('stop' in found) return found.stop
    const { item } = found
    if (o.text !== undefined) item.text = o.text
    if (o.iconPath !== undefined) item.iconPath = o.iconPath
    if (o.selectedIconPath !== undefined) item.selectedIconPath = o.selectedIconPath
    noteTabBar(ctx, `item ${o.index} set`)
    return ok({})
  },
})
