// https://developers.weixin.qq.com/miniprogram/dev/api/ui/pull-down-refresh/wx.stopPullDownRefresh.html
// 停止当前页面下拉刷新 (doc, H; the doc's example calls it from onPullDownRefresh). Stopping when nothing refreshes
// succeeds too (L).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { scrollOf, topPage } from './page-scroll.ts'

export const stopPullDownRefresh = defineAsyncApi({
  name: 'stopPullDownRefresh',
  run(ctx) {
    const scroll = scrollOf(ctx, topPage(ctx))
    if (scroll.refreshing) ctx.trace.record({ type: 'note', text: 'pull-down refresh stopped' })
    scroll.refreshing = false
    return ok({})
  },
})
