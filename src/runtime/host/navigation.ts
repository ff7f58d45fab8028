import { FakeWxError } from '../errors/fake-wx-error.ts'
import { failure, ok, type Outcome } from '../errors/wx-error.ts'
import type { PageDefinition } from './definition.ts'
import { EventChannel } from './event-channel.ts'
import type { Host } from './host.ts'
import { PageScriptError } from './modules/script-error.ts'
import { runStage } from './page-instance.ts'
import { resolveUrl, type Target } from './url.ts'

/**
 * The page stack under the route APIs (framework/app-service/route.html, "页面栈" and the lifecycle table, H):
 *
 *   navigateTo   old page onHide;                 new page onLoad, onShow (onReady)   push
 *   redirectTo   old page onUnload;               new page onLoad, onShow             replace the top
 *   navigateBack pages above the target onUnload, top first; the target onShow       pop
 *   reLaunch     every page onUnload;             new page onLoad, onShow             one page left
 *   switchTab    non-tab pages onUnload, a shown tab page onHide; the tab page onLoad (first time) and onShow
 *
 * Failure texts as the client words them (each cited where it is produced).
 */
export const MAX_PAGES = 10

function current(host: Host): void {
  if (!host.top) {
    throw new FakeWxError('No page is open, so there is nothing to navigate from.', 'Open the app first: await rt.open("pages/index/index").')
  }
}

/**
 * `page "x" is not found` for a route app.json does not list: "navigateTo:fail page \"pages/warn/warn\" is not found"
 * (cnblogs.com/zjfjava/p/10953059.html, H), redirectTo the same ("使用redirectTO也是一样的情况", community thread
 * 000e840607c420f400eb03eba5b400, M); reLaunch and switchTab assumed to word it the same (L).
 */
function find(host: Host, url: string): Target | Outcome<never> {
  const target = resolveUrl(url, host.top?.route)
  return host.routes.has(target.route) ? target : failure(`page "${target.display}" is not found`)
}

const isFailure = (t: Target | Outcome<never>): t is Outcome<never> => 'ok' in t

/**
 * The target page's definition, loading its file on first use. A page file that throws never calls Page(): the
 * host reports the script error as the client does (thirdScriptError, App.onError) and the route API fails
 * with `fail` then `complete`. The client's errMsg for it is not documented: the page has no registration, so
 * we word it as for a page that does not exist, `page "x" is not found` (L).
 */
async function pageOf(host: Host, target: Target): Promise<PageDefinition | Outcome<never>> {
  try {
    return await host.definition(target.route)
  } catch (error) {
    if (error instanceof PageScriptError) return failure(`page "${target.display}" is not found`)
    throw error
  }
}

const isDefinition = (d: PageDefinition | Outcome<never>): d is PageDefinition => !('ok' in d)

export async function navigateTo(host: Host, url: string, events?: Record<string, unknown>): Promise<Outcome<{ eventChannel: EventChannel }>> {
  current(host)
  const target = find(host, url)
  if (isFailure(target)) return target
  // "navigateTo:fail can not navigateTo a tabbar page" (blog.csdn.net/weixin_38023551/article/details/80390053, H)
  if (host.tabRoutes.has(target.route)) return failure('can not navigateTo a tabbar page')
  // "小程序中页面栈最多十层" (navigateTo doc); "navigateTo:fail webview count limit exceed" (cnblogs.com/vientiane/p/15029910.html, H)
  if (host.stack.length >= MAX_PAGES) return failure('webview count limit exceed')
  const definition = await pageOf(host, target)
  if (!isDefinition(definition)) return definition
  const [opener, page] = EventChannel.pair(events)
  runStage(host, host.top!, 'hide')
  host.push(definition, target.route, target.query, page)
  return ok({ eventChannel: opener })
}

export async function redirectTo(host: Host, url: string): Promise<Outcome<object>> {
  current(host)
  const target = find(host, url)
  if (isFailure(target)) return target
  // "redirectTo:fail can not redirectTo a tabbar page" (blog.csdn.net/qq_44599055/article/details/105178607, M)
  if (host.tabRoutes.has(target.route)) return failure('can not redirectTo a tabbar page')
  const definition = await pageOf(host, target)
  if (!isDefinition(definition)) return definition
  host.unload(host.stack.pop()!)
  host.push(definition, target.route, target.query)
  return ok({})
}

export function navigateBack(host: Host, delta: number | undefined): Outcome<object> {
  current(host)
  // "navigateBack:fail cannot navigate back at first page." (blog.csdn.net/li222248/article/details/117153851, H)
  if (host.stack.length <= 1) return failure('cannot navigate back at first page.')
  // "如果 delta 大于现有页面数，则返回到首页" (navigateBack doc, H); delta below 1 goes back one page.
  const steps = Math.min(Math.max(1, Math.floor(delta ?? 1) || 1), host.stack.length - 1)
  for (let i = 0; i < steps; i++) host.unload(host.stack.pop()!)
  runStage(host, host.top!, 'show')
  return ok({})
}

export async function reLaunch(host: Host, url: string): Promise<Outcome<object>> {
  current(host)
  const target = find(host, url)
  if (isFailure(target)) return target
  const definition = await pageOf(host, target)
  if (!isDefinition(definition)) return definition
  host.closeAll()
  host.push(definition, target.route, target.query)
  return ok({})
}

export async function switchTab(host: Host, url: string): Promise<Outcome<object>> {
  current(host)
  const target = find(host, url)
  if (isFailure(target)) return target
  // "switchTab:fail can not switch to no-tabBar page" (blog.csdn.net/weixin_38023551/article/details/80390053, H)
  if (!host.tabRoutes.has(target.route)) return failure('can not switch to no-tabBar page')
  const top = host.top!
  if (top.route === target.route && host.stack.length === 1) return ok({}) // A → A: "Nothing happend" (route.html)
  const alive = host.tabs.get(target.route)
  const definition = alive ? alive.definition : await pageOf(host, { ...target, display: target.route })
  if (!isDefinition(definition)) return definition
  // Top first: non-tab pages unload, the tab page on screen hides; tab pages stay alive off the stack.
  while (host.stack.length > 0) {
    const page = host.stack.pop()!
    if (!host.tabRoutes.has(page.route)) host.unload(page)
    else if (page.state === 'shown' && page !== alive) runStage(host, page, 'hide')
  }
  // The tab page takes no query: "路径后不能带参数" (switchTab doc).
  if (alive) {
    host.stack.push(alive)
    if (alive.state !== 'shown') runStage(host, alive, 'show')
  } else host.push(definition, target.route, {})
  return ok({})
}
