// https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.setNavigationBarColor.html
// Base library 1.4.0. 设置页面导航条颜色. `frontColor` "仅支持 #ffffff 和 #000000" and `backgroundColor` required,
// `animation` { duration 0, timingFunc 'linear' | 'easeIn' | 'easeOut' | 'easeInOut' } (doc, H).
// Another frontColor: `setNavigationBarColor:fail invalid frontColor "<value>"` (the wording of WeChat-compatible
// runtimes that copy the base library's check: uni-app's protocol, Baidu swan, the Kawagarbo iOS clone; M).
// A backgroundColor that is no colour: `setNavigationBarColor:fail:invalid color` (Android JsApiSetNavigationBarColor,
// decompiled: "Color parse error" → "fail:invalid color", H for Android, L elsewhere).
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { currentBar, noteBar } from './navigation-bar.ts'

const FRONT_COLORS = ['#ffffff', '#000000']
/** What Android's Color.parseColor reads: #RRGGBB or #AARRGGBB (and a few names, not modelled). */
const COLOR = /^#([0-9a-f]{6}|[0-9a-f]{8})$/i

export const setNavigationBarColor = defineAsyncApi({
  name: 'setNavigationBarColor',
  params: { frontColor: 'String!', backgroundColor: 'String!', animation: 'Object' },
  run(ctx, o) {
    if (!FRONT_COLORS.includes(o.frontColor)) return failure(`invalid frontColor "${o.frontColor}"`)
    if (!COLOR.test(o.backgroundColor)) return failure(':invalid color')
    const { bar, route } = currentBar(ctx)
    bar.frontColor = o.frontColor
    bar.backgroundColor = o.backgroundColor
    if (o.animation) bar.animation = { duration: o.animation.duration ?? 0, timingFunc: o.animation.timingFunc ?? 'linear' }
    noteBar(ctx, route, `colors ${o.frontColor} on ${o.backgroundColor}`)
    return ok({})
  },
})
