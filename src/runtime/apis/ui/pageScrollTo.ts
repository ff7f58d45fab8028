// https://developers.weixin.qq.com/miniprogram/dev/api/ui/scroll/wx.pageScrollTo.html
// Base library 1.4.0. 将页面滚动到目标位置，支持选择器和滚动距离两种方式定位: `scrollTop` px, `duration` default 300 ms,
// `selector` (2.7.3), `offsetTop` (2.23.1, "需要和 selector 参数搭配使用") (doc, H).
// The top page scrolls; when the animation ends on the runtime clock (`rt.clock.advance(duration)`), its
// onPageScroll runs with `{ scrollTop }` (Page.html, H; the client calls it during the scroll too, fake-wx once at the
// end). The call succeeds at once. Without rendering there is no layout: a selector scrolls to the top the test gave it
// with `rt.ui.layout({ '#id': px })`, and an undeclared selector is a FakeWxError.
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { layoutOf, runPageEvent, scrollOf, topPage } from './page-scroll.ts'

export const pageScrollTo = defineAsyncApi({
  name: 'pageScrollTo',
  params: { scrollTop: 'Number', duration: 'Number', selector: 'String', offsetTop: 'Number' },
  run(ctx, o) {
    const target = o.scrollTop ?? selectorTop(ctx.api, layoutOf(ctx), o.selector, o.offsetTop)
    const page = topPage(ctx)
    const scrollTop = Math.max(0, target)
    const done = () => {
      scrollOf(ctx, page).scrollTop = scrollTop
      if (page) runPageEvent(ctx, page, 'onPageScroll', { scrollTop })
    }
    ctx.trace.record({ type: 'note', text: `page${page ? ` ${page.route}` : ''} scrolls to ${scrollTop}px` })
    ctx.clock.schedule(Math.max(0, o.duration ?? 300), done)
    return ok({})
  },
})

function selectorTop(api: string, layout: Map<string, number>, selector: string | undefined, offsetTop = 0): number {
  if (selector === undefined) return 0
  const top = layout.get(selector)
  if (top === undefined) {
    throw new FakeWxError(
      `wx.${api}({ selector: '${selector}' }): fake-wx renders no layout, so it does not know where "${selector}" is.`,
      `Tell it before the call: rt.ui.layout({ '${selector}': 820 }) (the node's top on the page, in px).`,
    )
  }
  return top + offsetTop
}
