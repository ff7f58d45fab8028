/**
 * A page's scroll position and pull-down refresh, and the page event handlers they run
 * (reference/api/Page.html: onPageScroll(Object) "页面滚动触发事件的处理函数" with `scrollTop` "页面在垂直方向已滚动的
 * 距离（单位px）"; onPullDownRefresh "监听用户下拉刷新事件，需要在 app.json 的 window 选项中或页面配置中开启
 * enablePullDownRefresh"; H). There is no rendering: where a selector is on the page is what the test says
 * (`rt.ui.layout({ '#comments': 820 })`).
 */
import { stateOf, type RuntimeCore } from '../../core.ts'
import { hostOf } from '../../host/host.ts'
import { runAppCode, type PageRecord } from '../../host/page-instance.ts'
import type { Fn } from '../../host/definition.ts'
import { windowOf } from './page-config.ts'

export interface PageScroll {
  scrollTop: number
  /** The pull-down refresh animation is on (startPullDownRefresh or the user's pull, until stopPullDownRefresh). */
  refreshing: boolean
}

interface ScrollState {
  readonly pages: WeakMap<PageRecord, PageScroll>
  readonly fallback: PageScroll
  /** Selector → its top on the page, in px, as the test declares it. */
  readonly layout: Map<string, number>
}

const stateOfScroll = (core: RuntimeCore): ScrollState =>
  stateOf(core, 'ui.scroll', () => ({ pages: new WeakMap(), fallback: { scrollTop: 0, refreshing: false }, layout: new Map() }))

export function scrollOf(core: RuntimeCore, page: PageRecord | undefined): PageScroll {
  const state = stateOfScroll(core)
  if (!page) return state.fallback
  let scroll = state.pages.get(page)
  if (!scroll) state.pages.set(page, (scroll = { scrollTop: 0, refreshing: false }))
  return scroll
}

export function layoutOf(core: RuntimeCore): Map<string, number> {
  return stateOfScroll(core).layout
}

export function topPage(core: RuntimeCore): PageRecord | undefined {
  return hostOf(core).top
}

export function pullDownEnabled(core: RuntimeCore, page: PageRecord | undefined): boolean {
  return windowOf(core, page?.route).enablePullDownRefresh
}

/** Runs a page event handler (onPageScroll, onPullDownRefresh) as the client does, if the page has one. */
export function runPageEvent(core: RuntimeCore, page: PageRecord, name: 'onPageScroll' | 'onPullDownRefresh', arg?: object): void {
  const fn = page.instance[name]
  if (typeof fn !== 'function' || page.state === 'unloaded') return
  core.trace.record({ type: 'page', target: page.route, what: name, ...(arg ? { detail: arg } : {}) })
  runAppCode(hostOf(core), `${page.route} ${name}`, fn as Fn, page.instance, arg ? [arg] : [])
}

/** The pull-down refresh starts on `page`: the animation shows and onPullDownRefresh runs (as the user's pull). */
export function startRefresh(core: RuntimeCore, page: PageRecord): void {
  scrollOf(core, page).refreshing = true
  core.trace.record({ type: 'note', text: `pull-down refresh on ${page.route}` })
  runPageEvent(core, page, 'onPullDownRefresh')
}
