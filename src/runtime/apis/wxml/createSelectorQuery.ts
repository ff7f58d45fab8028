// https://developers.weixin.qq.com/miniprogram/dev/api/wxml/wx.createSelectorQuery.html (1.4.0)
// "返回一个 SelectorQuery 对象实例。在自定义组件或包含自定义组件的页面中，应使用 this.createSelectorQuery() 来代替" (H):
// wx.createSelectorQuery() searches the page on top of the stack; `.in(component)` narrows it to a component's tree.
// The box of a node is a documented convention (host/wxml/selector-query.ts): no layout is computed.
import { defineSyncApi } from '../../facade/define-api.ts'
import { hostOf } from '../../host/host.ts'
import { treeSelectorQuery } from '../../host/wxml/selector-query.ts'

export const createSelectorQuery = defineSyncApi({
  name: 'createSelectorQuery',
  run: (ctx) => {
    const host = hostOf(ctx)
    return treeSelectorQuery(ctx, { root: () => host.top?.view?.root, instance: () => host.top?.instance }) as unknown as WechatMiniprogram.SelectorQuery
  },
})
