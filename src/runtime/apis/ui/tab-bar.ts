/**
 * The tab bar (app.json `tabBar`, https://developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html#tabBar)
 * as the tab-bar APIs change it (api/ui/tab-bar/, H), and the client's two refusals, checked in this order:
 *  - the page on top is not a tab page (or the app has no tabBar): `<api>:fail not TabBar page` — the Android client
 *    checks `getCurrentPage() instanceof` its tab page class first and answers "fail:not TabBar page" (decompiled
 *    JsApiSetTabBar*, H), which reads `<api>:fail:not TabBar page`; DevTools and iOS reports show the space form
 *    (`setTabBarBadge:fail not TabBar page`, `hideTabBar:fail not TabBar page`, `setTabBarStyle:fail not TabBar page`
 *    in public app code; `setTabBarStyle:fail:not TabBar page` once; M for which platform says which);
 *  - an index outside the list: `<api>:fail tabbar item not found` (a DevTools report in public code; the Android tab
 *    bar view returns "tabbar item not found" for `index < 0 || index >= size`, decompiled; M).
 * A badge and the red dot share one spot: the Android view sets them in one call (`setTabBarBadge(redDot, index, text)`,
 * decompiled, M), so showing one clears the other and removeTabBarBadge / hideTabBarRedDot clear both.
 */
import { stateOf, type ApiContext, type RuntimeCore } from '../../core.ts'
import { failure, type Outcome } from '../../errors/wx-error.ts'
import { hostOf } from '../../host/host.ts'

export interface TabBarItem {
  readonly pagePath: string
  text: string
  iconPath?: string
  selectedIconPath?: string
  /** The badge text as set; the client shows at most 4 characters, more as '...' (`badgeShown`). */
  badge?: string
  /** What the badge spot shows: the text, or '...' past 4 characters ("超过 4 个字符则显示成 ...", setTabBarBadge doc, H). */
  badgeShown?: string
  redDot: boolean
}

export interface TabBarStyle {
  color?: string
  selectedColor?: string
  backgroundColor?: string
  borderStyle?: string
}

export interface TabBar {
  visible: boolean
  readonly items: TabBarItem[]
  readonly style: TabBarStyle
}

interface AppTabBar extends TabBarStyle {
  list?: { pagePath: string; text?: string; iconPath?: string; selectedIconPath?: string }[]
}

/** The tab bar, made from app.json on first use; undefined when the app has none. */
export function tabBarOf(core: RuntimeCore): TabBar | undefined {
  const conf = (core.config.appJson as { tabBar?: AppTabBar }).tabBar
  if (!conf?.list?.length) return undefined
  return stateOf(core, 'ui.tabBar', () => ({
    visible: true,
    items: conf.list!.map((item) => ({
      pagePath: item.pagePath.replace(/^\//, ''),
      text: item.text ?? '',
      ...(item.iconPath !== undefined ? { iconPath: item.iconPath } : {}),
      ...(item.selectedIconPath !== undefined ? { selectedIconPath: item.selectedIconPath } : {}),
      redDot: false,
    })),
    style: pick(conf),
  }))
}

function pick(conf: TabBarStyle): TabBarStyle {
  const style: TabBarStyle = {}
  for (const key of ['color', 'selectedColor', 'backgroundColor', 'borderStyle'] as const) if (conf[key] !== undefined) style[key] = conf[key]
  return style
}

/** The tab bar when the call may change it (the top page is a tab page), else the client's failure. */
export function tabBarFor(ctx: ApiContext): { bar: TabBar } | { stop: Outcome<never> } {
  const host = hostOf(ctx)
  const top = host.top
  const bar = tabBarOf(ctx)
  if (!bar || !top || !host.tabRoutes.has(top.route)) {
    return { stop: failure(ctx.config.platform === 'android' ? ':not TabBar page' : 'not TabBar page') }
  }
  return { bar }
}

/** The item at `index` of a tab page's bar, or the failure. */
export function tabItemFor(ctx: ApiContext, index: number): { bar: TabBar; item: TabBarItem } | { stop: Outcome<never> } {
  const found = tabBarFor(ctx)
  if ('stop' in found) return found
  const item = Number.isInteger(index) ? found.bar.items[index] : undefined
  if (!item) return { stop: failure('tabbar item not found') }
  return { bar: found.bar, item }
}

export function setBadge(item: TabBarItem, badge: string | undefined, redDot: boolean): void {
  if (badge === undefined) {
    delete item.badge
    delete item.badgeShown
  } else {
    item.badge = badge
    item.badgeShown = [...badge].length > 4 ? '...' : badge
  }
  item.redDot = redDot
}

export function noteTabBar(core: RuntimeCore, what: string): void {
  core.trace.record({ type: 'note', text: `tab bar: ${what}` })
}
