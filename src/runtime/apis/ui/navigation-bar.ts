/**
 * The navigation bar of each page, as the navigation-bar APIs change it (api/ui/navigation-bar/, H): the bar
 * belongs to the page the call was made for, the page on top of the stack. It starts from the page's window
 * config (page json over app.json `window`: navigationBarTitleText, navigationBarTextStyle white → '#ffffff' /
 * black → '#000000', navigationBarBackgroundColor). Without a page (plain rt.wx use) one default bar takes the calls.
 */
import { stateOf, type RuntimeCore } from '../../core.ts'
import { hostOf } from '../../host/host.ts'
import type { PageRecord } from '../../host/page-instance.ts'
import { windowOf } from './page-config.ts'

export interface NavigationBar {
  title: string
  frontColor: string
  backgroundColor: string
  /** The loading animation of wx.showNavigationBarLoading. */
  loading: boolean
  /** The home button (返回首页), hidden by wx.hideHomeButton. */
  homeButton: boolean
  /** The `animation` of the last wx.setNavigationBarColor, if any. */
  animation?: { duration: number; timingFunc: string }
  /** The message wx.enableAlertBeforeUnload set for the back button, until wx.disableAlertBeforeUnload. */
  alertBeforeUnload?: string
}

interface Bars {
  readonly pages: WeakMap<PageRecord, NavigationBar>
  fallback: NavigationBar | undefined
}

const barsOf = (core: RuntimeCore): Bars => stateOf(core, 'ui.navigationBar', () => ({ pages: new WeakMap(), fallback: undefined }))

/** The bar of `page`, made from its config on first use. */
export function barOf(core: RuntimeCore, page: PageRecord | undefined): NavigationBar {
  const bars = barsOf(core)
  if (!page) return (bars.fallback ??= initialBar(core, undefined))
  let bar = bars.pages.get(page)
  if (!bar) bars.pages.set(page, (bar = initialBar(core, page.route)))
  return bar
}

/** The bar the API call is for: the top page's, or the default one. */
export function currentBar(core: RuntimeCore): { bar: NavigationBar; route: string | undefined } {
  const top = hostOf(core).top
  return { bar: barOf(core, top), route: top?.route }
}

function initialBar(core: RuntimeCore, route: string | undefined): NavigationBar {
  const w = windowOf(core, route)
  return {
    title: w.navigationBarTitleText,
    frontColor: w.navigationBarTextStyle === 'black' ? '#000000' : '#ffffff',
    backgroundColor: w.navigationBarBackgroundColor,
    loading: false,
    homeButton: true,
  }
}

/** Records a change of the bar in the trace. */
export function noteBar(core: RuntimeCore, route: string | undefined, what: string): void {
  core.trace.record({ type: 'note', text: `navigation bar${route ? ` of ${route}` : ''}: ${what}` })
}
