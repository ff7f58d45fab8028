// https://developers.weixin.qq.com/miniprogram/dev/api/ui/background/wx.setBackgroundColor.html
// Base library 2.1.0. 动态设置窗口的背景色: `backgroundColor`, `backgroundColorTop` / `backgroundColorBottom` ("仅 iOS
// 支持"), each "必须为十六进制颜色值" (doc, H). The client's refusal of another value is not documented or reported, so
// values are kept as given (L). The top page's background: rt.ui.background.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBackground } from './background.ts'

export const setBackgroundColor = defineAsyncApi({
  name: 'setBackgroundColor',
  params: { backgroundColor: 'String', backgroundColorTop: 'String', backgroundColorBottom: 'String' },
  run(ctx, o) {
    const bg = currentBackground(ctx)
    if (o.backgroundColor !== undefined) bg.backgroundColor = o.backgroundColor
    // "仅 iOS 支持": other platforms ignore the top and bottom colors.
    if (ctx.config.platform === 'ios') {
      if (o.backgroundColorTop !== undefined) bg.backgroundColorTop = o.backgroundColorTop
      if (o.backgroundColorBottom !== undefined) bg.backgroundColorBottom = o.backgroundColorBottom
    }
    ctx.trace.record({ type: 'note', text: `background ${JSON.stringify(bg)}` })
    return ok({})
  },
})
