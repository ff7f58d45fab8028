/**
 * What the UI APIs left on screen, for tests: `rt.ui` (the toast slot and its history, the top page's navigation bar,
 * the tab bar, the layout selectors scroll to) and the page handle's `navigationBar` / `pullDownRefresh()`.
 * Every getter returns a copy: safe to keep and compare after the screen changed.
 */
import type { RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { hostOf } from '../../host/host.ts'
import type { PageRecord } from '../../host/page-instance.ts'
import { currentBackground, type PageBackground } from './background.ts'
import { barOf, currentBar, type NavigationBar } from './navigation-bar.ts'
import { layoutOf, pullDownEnabled, scrollOf, startRefresh, type PageScroll } from './page-scroll.ts'
import { tabBarOf, type TabBar } from './tab-bar.ts'
import { currentToast, toastHistory, type ToastRecord, type ToastView } from './toast-slot.ts'

export type { NavigationBar, PageBackground, PageScroll, TabBar, ToastRecord, ToastView }

export interface UiHandle {
  /** The toast or loading on screen now, or undefined. */
  readonly toast: ToastView | undefined
  /** Every toast and loading shown so far, in order, with `hiddenAt` / `hiddenBy` once gone. */
  readonly toasts: readonly ToastRecord[]
  /** The navigation bar of the page on top (or the default bar when no page is open). */
  readonly navigationBar: NavigationBar
  /** The tab bar (app.json tabBar), or undefined when the app has none. */
  readonly tabBar: TabBar | undefined
  /** Scroll position and pull-down refresh of the page on top. */
  readonly scroll: PageScroll
  /** The window background of the page on top (wx.setBackgroundColor / wx.setBackgroundTextStyle). */
  readonly background: PageBackground
  /** Where nodes are on the page (top, px): what wx.pageScrollTo({ selector }) scrolls to, as there is no rendering. */
  layout(positions: Readonly<Record<string, number>>): void
}

const copy = <T>(value: T): T => structuredClone(value)

export function uiHandle(core: RuntimeCore): UiHandle {
  return {
    get toast() {
      const t = currentToast(core)
      return t && copy(t)
    },
    get toasts() {
      return copy(toastHistory(core))
    },
    get navigationBar() {
      return copy(currentBar(core).bar)
    },
    get tabBar() {
      const bar = tabBarOf(core)
      return bar && copy(bar)
    },
    get scroll() {
      return copy(scrollOf(core, hostOf(core).top))
    },
    get background() {
      return copy(currentBackground(core))
    },
    layout(positions) {
      for (const [selector, top] of Object.entries(positions)) {
        if (typeof top !== 'number' || !Number.isFinite(top)) throw new FakeWxError(`rt.ui.layout: the top of "${selector}" must be a number of px, got ${String(top)}.`)
        layoutOf(core).set(selector, top)
      }
    },
  }
}

/** The navigation bar of one page (page.navigationBar). */
export function pageNavigationBar(core: RuntimeCore, page: PageRecord): NavigationBar {
  return copy(barOf(core, page))
}

/**
 * The user pulls the page down (page.pullDownRefresh()): the refresh animation shows and onPullDownRefresh runs. A page
 * with enablePullDownRefresh off cannot be pulled: a FakeWxError says so (the page only bounces on a phone).
 */
export function userPullsDown(core: RuntimeCore, page: PageRecord): void {
  if (!pullDownEnabled(core, page)) {
    throw new FakeWxError(
      `The user cannot pull ${page.route} down to refresh: enablePullDownRefresh is off for it.`,
      `Turn it on in ${page.route}.json ({ "enablePullDownRefresh": true }) or in app.json "window".`,
    )
  }
  core.trace.record({ type: 'note', text: 'user pulls down' })
  startRefresh(core, page)
}
