// https://developers.weixin.qq.com/miniprogram/dev/api/ui/background/wx.setBackgroundTextStyle.html
// Base library 2.1.0. 动态设置下拉背景字体、loading 图的样式: `textStyle` required, 'dark' or 'light' (doc, H).
// Another value's errMsg is not documented or reported; it is kept as given (L).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBackground } from './background.ts'

export const setBackgroundTextStyle = defineAsyncApi({
  name: 'setBackgroundTextStyle',
  params: { textStyle: 'String!' },
  run(ctx, o) {
    currentBackground(ctx).textStyle = o.textStyle
    ctx.trace.record({ type: 'note', text: `background text style ${o.textStyle}` })
    return ok({})
  },
})
