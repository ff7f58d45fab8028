// https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.setNavigationBarTitle.html
// 动态设置当前页面的标题. `title` required (a missing one: the parameter error Taro's WeChat tests quote,
// 'setNavigationBarTitle:fail parameter error: parameter.title should be String instead of Undefined', research.md §2.4, M).
// The page is the one on top (navigation-bar.ts).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBar, noteBar } from './navigation-bar.ts'

export const setNavigationBarTitle = defineAsyncApi({
  name: 'setNavigationBarTitle',
  params: { title: 'String!' },
  run(ctx, o) {
    const { bar, route } = currentBar(ctx)
    bar.title = o.title
    noteBar(ctx, route, `title "${o.title}"`)
    return ok({})
  },
})
