// https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.setTabBarStyle.html
// Base library 1.9.0. 动态设置 tabBar 的整体样式: `color`, `selectedColor`, `backgroundColor`, `borderStyle`
// ("仅支持 black/white") (doc, H). Only from a tab page: `setTabBarStyle:fail not TabBar page` (public app code, M).
// Values are kept as given; the client's checks of colour syntax are not modelled (L).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { noteTabBar, tabBarFor } from './tab-bar.ts'

export const setTabBarStyle = defineAsyncApi({
  name: 'setTabBarStyle',
  params: { color: 'String', selectedColor: 'String', backgroundColor: 'String', borderStyle: 'String' },
  run(ctx, o) {
    const found = tabBarFor(ctx)
    if ('stop' in found) return found.stop
    const { style } = found.bar
    for (const key of ['color', 'selectedColor', 'backgroundColor', 'borderStyle'] as const) if (o[key] !== undefined) style[key] = o[key]
    noteTabBar(ctx, `style ${JSON.stringify(style)}`)
    return ok({})
  },
})
