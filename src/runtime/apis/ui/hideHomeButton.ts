// https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.hideHomeButton.html
// Base library 2.8.3. 隐藏返回首页按钮 (doc, H): the home button of the top page's bar (`homeButton: false`).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBar, noteBar } from './navigation-bar.ts'

export const hideHomeButton = defineAsyncApi({
  name: 'hideHomeButton',
  run(ctx) {
    const { bar, route } = currentBar(ctx)
    bar.homeButton = false
    noteBar(ctx, route, 'home button hidden')
    return ok({})
  },
})
