import type { RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { later } from '../facade/deliver.ts'
import type { Fn, Hook, PageDefinition } from './definition.ts'
import { selectAllComponents, selectComponent } from './components/select.ts'
import { treeSelectorQuery } from './wxml/selector-query.ts'
import { EventChannel } from './event-channel.ts'
import type { WxmlElement } from './wxml/tree.ts'
import { applySetData, deepCopy, type SetDataResult } from './set-data.ts'

/** What page instances need from the host: the core, and where app-code errors and promises go. */
export interface HostServices {
  readonly core: RuntimeCore
  /** An exception thrown by app code outside a test's direct call (lifecycle, listeners); `where` names the code. */
  report(error: unknown, where: string): void
  /** A value returned by app code: a Promise is watched (errors reported, rt.settle waits for it). */
  track(result: unknown, where: string): void
}

export type PageState = 'shown' | 'hidden' | 'unloaded'

/** `this` inside page code. */
export interface PageInstance {
  data: Record<string, unknown>
  readonly route: string
  readonly options: Record<string, string>
  setData(patch: Record<string, unknown>, callback?: () => void): void
  getOpenerEventChannel(): EventChannel
  [key: string]: unknown
}

/** One page on (or gone from) the stack. */
export interface PageRecord {
  readonly id: number
  readonly route: string
  readonly query: Record<string, string>
  readonly definition: PageDefinition
  readonly instance: PageInstance
  readonly openedAt: number
  state: PageState
  /** The rendered WXML (host/wxml/page-view.ts), when the page has a .wxml file. */
  view?: PageViewHooks
  /** The test's handle of the page (page-handle.ts), made on first use. */
  handle?: object
}

/** What the page's lifecycle tells its view: re-render after setData, components' ready/pageShow/pageHide/detached. */
export interface PageViewHooks {
  render(): void
  ready(): void
  pageShow(): void
  pageHide(): void
  unload(): void
  /** The current root of the rendered tree (this.selectComponent searches it). */
  readonly root: WxmlElement | undefined
}

/**
 * The moments of a page's life and the hooks run at each, in order. Page: onLoad → onShow → onReady,
 * onHide, onUnload (reference/api/Page.html, framework/app-service/route.html). A Component-built page
 * also runs its lifetimes (created, attached, ready, detached) and pageLifetimes (show, hide).
 */
export const STAGES = {
  load: ['created', 'attached', 'onLoad'],
  show: ['onShow', 'pageShow'],
  ready: ['ready', 'onReady'],
  hide: ['onHide', 'pageHide'],
  unload: ['onUnload', 'detached'],
} as const satisfies Record<string, readonly Hook[]>

export type Stage = keyof typeof STAGES

let nextPageId = 1

const HIDDEN: PropertyDescriptor = { value: undefined, writable: false, enumerable: false, configurable: false }
const SHOWN: PropertyDescriptor = { value: undefined, writable: false, enumerable: true, configurable: false }

function hidden(o: object, key: string, value: unknown): void {
  HIDDEN.value = value
  Object.defineProperty(o, key, HIDDEN)
}

function shown(o: object, key: string, value: unknown): void {
  SHOWN.value = value
  Object.defineProperty(o, key, SHOWN)
}

export function createPage(host: HostServices, definition: PageDefinition, route: string, query: Record<string, string>, channel: EventChannel): PageRecord {
  const data = deepCopy(definition.data)
  for (const [name, spec] of Object.entries(definition.properties)) {
    data[name] = name in query ? propertyFromQuery(spec.type, query[name]!) : deepCopy(spec.value)
  }
  const instance = Object.assign({}, deepCopy(definition.fields), definition.methods) as PageInstance
  // One defineProperty per key with two reused descriptors, not defineProperties with eleven descriptor literals:
  // the same properties, attributes and order, ~20 % less of createPage, the costliest step of opening a page
  // (issue 14, CPU profile). data: writable + enumerable; route, options: enumerable; the rest: hidden, read-only.
  Object.defineProperty(instance, 'data', { value: data, writable: true, enumerable: true })
  shown(instance, 'route', route)
  hidden(instance, '__route__', route)
  hidden(instance, 'is', route)
  shown(instance, 'options', { ...query })
  hidden(instance, 'setData', (patch: unknown, callback?: unknown) => setData(host, record, patch, callback))
  hidden(instance, 'getOpenerEventChannel', () => channel)
  // The custom components of the page's own WXML (components/select.ts); none when it has no .wxml.
  hidden(instance, 'selectComponent', (selector: unknown) => selectComponent(record.view?.root, instance, String(selector)))
  hidden(instance, 'selectAllComponents', (selector: unknown) => selectAllComponents(record.view?.root, instance, String(selector)))
  hidden(instance, 'triggerEvent', () => undefined)
  // this.createSelectorQuery(): the page's own tree (api/wxml/wx.createSelectorQuery.html).
  hidden(instance, 'createSelectorQuery', () => treeSelectorQuery(host.core, { root: () => record.view?.root, instance: () => instance }))
  SHOWN.value = HIDDEN.value = undefined // the shared descriptors keep no page alive
  if (definition.constructorName === 'Component') {
    Object.defineProperty(instance, 'properties', { get: () => instance.data })
  }
  const record: PageRecord = { id: nextPageId++, route, query, definition, instance, openedAt: host.core.clock.now(), state: 'hidden' }
  return record
}

/** Runs the hooks of a stage (runAppCode for each). */
export function runStage(host: HostServices, page: PageRecord, stage: Stage): void {
  // A page shows when it is not on screen, hides when it is, unloads once.
  if (stage === 'show') {
    if (page.state !== 'hidden') return
    page.state = 'shown'
  } else if (stage === 'hide') {
    if (page.state !== 'shown') return
    page.state = 'hidden'
  } else if (stage === 'unload') {
    if (page.state === 'unloaded') return
    page.state = 'unloaded'
  }
  // Components: ready before the page's onReady; pageLifetimes show/hide with the page's (custom-component/lifetimes.html).
  if (stage === 'ready') page.view?.ready()
  for (const hook of STAGES[stage]) {
    const fns = page.definition.hooks[hook]
    if (fns.length === 0) continue
    const args = hook === 'onLoad' ? [{ ...page.query }] : []
    host.core.trace.record({ type: 'page', target: page.route, what: hook, ...(hook === 'onLoad' ? { detail: args[0] } : {}) })
    for (const fn of fns) runAppCode(host, `${page.route} ${hook}`, fn, page.instance, args)
  }
  if (stage === 'show') page.view?.pageShow()
  else if (stage === 'hide') page.view?.pageHide()
  else if (stage === 'unload') page.view?.unload()
}

/** Calls a hook of app code: an exception goes to host.report, a returned Promise to host.track. */
export function runAppCode(host: HostServices, where: string, fn: Fn, self: unknown, args: unknown[]): void {
  try {
    host.track(fn.apply(self, args), where)
  } catch (error) {
    host.report(error, where)
  }
}

function propertyFromQuery(type: unknown, value: string): unknown {
  if (type === Number) return Number(value)
  if (type === Boolean) return value !== '' && value !== 'false' && value !== '0'
  return value
}

/** this.setData: applied at once; the client's refusals reported per `config.setDataErrors`; callback after "render". */
function setData(host: HostServices, page: PageRecord, patch: unknown, callback: unknown): void {
  try {
    // The view re-renders before the callback: "setData 回调函数 … 在这次setData对界面渲染完毕后调用" (Page.html, H).
    applyDataPatch(host, page.route, page.instance.data, patch, () => {
      if (page.view && page.state !== 'unloaded') page.view.render()
    })
  } finally {
    if (typeof callback === 'function') later(() => runAppCode(host, `${page.route} setData callback`, callback as Fn, page.instance, []))
  }
}

/**
 * Applies a setData patch to the data of `target` (a page route or a component path), traces it, runs `applied`
 * (the re-render), and reports the client's refusals per `config.setDataErrors` (a thrown FakeWxError, or the
 * console as the client does). Returns what was applied (pages and components share it).
 */
export function applyDataPatch(host: HostServices, target: string, data: Record<string, unknown>, patch: unknown, applied?: (result: SetDataResult) => void): SetDataResult {
  const { core } = host
  const result = applySetData(data, patch)
  core.trace.record({ type: 'page', target, what: 'setData', detail: patch })
  applied?.(result)
  for (const key of result.functions) {
    core.trace.record({ type: 'note', text: `setData "${key}" on ${target} holds a function: the view receives JSON, so it is dropped there ("仅支持设置可 JSON 化的数据")` })
  }
  for (const problem of result.problems) {
    core.trace.record({ type: 'note', text: `setData on ${target}: ${problem.message}` })
    if (core.config.setDataErrors === 'console') {
      console.error(problem.message)
      continue
    }
    const fix = problem.key
      ? `The client logs this and leaves "${problem.key}" unchanged. Set null to clear a field.`
      : `The client logs this and changes nothing. Pass an object: this.setData({ key: value }).`
    throw new FakeWxError(
      `this.setData on ${target}: ${problem.message}`,
      `${fix}\nTo log it as the client does instead of throwing: createRuntime({ setDataErrors: 'console' }).`,
    )
  }
  return result
}

/** Handler lookup for an event bound in WXML, with the client's warning text when it is missing. */
export function handlerOf(page: PageRecord, name: string, eventType: string): Fn {
  const fn = page.instance[name]
  if (typeof fn === 'function') return fn as Fn
  throw new FakeWxError(
    `Component "${page.route}" does not have a method "${name}" to handle event "${eventType}".`,
    `Methods it has: ${Object.keys(page.definition.methods).join(', ') || '(none)'}.`,
  )
}
