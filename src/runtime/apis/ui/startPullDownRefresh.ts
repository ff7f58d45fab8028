// https://developers.weixin.qq.com/miniprogram/dev/api/ui/pull-down-refresh/wx.startPullDownRefresh.html
// Base library 1.5.0. 开始下拉刷新。调用后触发下拉刷新动画，效果与用户手动下拉刷新一致 (doc, H): the top page's
// onPullDownRefresh runs, as for the user's pull (page.pullDownRefresh()).
// With enablePullDownRefresh off (page json / app.json window, default false) the page has no refresh view: the call
// succeeds and nothing runs (no failure is documented or reported; L).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { pullDownEnabled, startRefresh, topPage } from './page-scroll.ts'

export const startPullDownRefresh = defineAsyncApi({
  name: 'startPullDownRefresh',
  run(ctx) {
    const page = topPage(ctx)
    if (page && pullDownEnabled(ctx, page)) startRefresh(ctx, page)
    else ctx.trace.record({ type: 'note', text: `startPullDownRefresh: enablePullDownRefresh is off${page ? ` on ${page.route}` : ''}, nothing refreshes` })
    return ok({})
  },
})
