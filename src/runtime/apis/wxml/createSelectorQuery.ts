// https://developers.weixin.qq.com/miniprogram/dev/api/wxml/wx.createSelectorQuery.html (1.4.0)
// "返回一个 SelectorQuery 对象实例。在自定义组件或包含自定义组件的页面中，应使用 this.createSelectorQuery() 来代替" (H):
// wx.createSelectorQuery() searches the page on top of the stack; `.in(component)` narrows it to a component's tree.
// The box of a node is a documented convention (host/wxml/selector-query.ts): no layout is computed.
import type { RuntimeCore } from '../../core.ts'
import { defineSyncApi } from '../../facade/define-api.ts'
import { hostOf } from '../../host/host.ts'
import { walkComposed } from '../../host/wxml/composed.ts'
import { FakeSelectorQuery } from '../../host/wxml/selector-query.ts'
import type { WxmlElement } from '../../host/wxml/tree.ts'
import { windowInfoOf } from '../system/system-info.ts'

/** A SelectorQuery over the top page's rendered tree (or `root`, for this.createSelectorQuery() of a component). */
export function selectorQueryOf(core: RuntimeCore, root?: () => WxmlElement | undefined): FakeSelectorQuery {
  const pageRoot = () => (hostOf(core).top?.view as { root?: WxmlElement } | undefined)?.root
  return new FakeSelectorQuery({
    root: root ?? pageRoot,
    pageRoot,
    window: () => {
      const info = windowInfoOf(core)
      return { width: info.windowWidth, height: info.windowHeight }
    },
    rootOf(component) {
      const top = pageRoot()
      if (!top) return undefined
      if (hostOf(core).top?.instance === component) return top
      for (const { node } of walkComposed(top)) if (node.component?.owner.instance === component) return node.shadowRoot
      return undefined
    },
  })
}

export const createSelectorQuery = defineSyncApi({
  name: 'createSelectorQuery',
  run: (ctx) => selectorQueryOf(ctx) as unknown as WechatMiniprogram.SelectorQuery,
})
