import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { ComponentInstance } from './components/component-instance.ts'
import { wxmlEvent, type EventInit } from './events.ts'
import type { Host } from './host.ts'
import { openTypeAction } from './open-types.ts'
import { sharesOf, type ShareContent } from './open-types/share-open-types.ts'
import { handlerOf, type PageInstance, type PageRecord, type PageState } from './page-instance.ts'
import { viewSnapshot } from './set-data.ts'
import { recordedFinders, recordStep, RECORDED_PAGE_CALLS } from '../trace/recording.ts'
import { elementHandle, type ElementHandle, type HandleScope } from './element-handle.ts'
import { getByText, query, queryAll } from './queries.ts'
import { serializeTree } from './wxml/serialize.ts'
import type { PageView } from './wxml/view.ts'
import { pageNavigationBar, userPullsDown, type NavigationBar } from '../apis/ui/ui-handle.ts'
import {
  mountComponent,
  type ComponentAttributes,
  type ComponentFixtures,
  type ComponentHandles,
  type ComponentTag,
} from '../components/mount-component.ts'

/** A component's attributes as WXML on this page writes them: `bind…` may name a page method. */
export type PageComponentAttributes<T extends ComponentTag> = {
  [K in keyof ComponentAttributes[T]]?: K extends `bind${string}` ? ComponentAttributes[T][K] | string : ComponentAttributes[T][K]
}

/** A `<button>` the test taps: its open-type and its bound handlers (`bindtap`, `bindopensetting`, …). */
export interface ButtonInit extends EventInit {
  /** open-type; several joined with '|' run in order. */
  openType?: string
  bindtap?: string
  bindopensetting?: string
  [bind: `bind${string}`]: string | undefined
}

/** A page as a test drives it: what the user sees (`data`) and does (`tap`, `tapButton`, `trigger`). */
export interface PageHandle {
  readonly route: string
  /**
   * `page.query(selector)`: the first element matching a selector (`#id`, `.class`, tag, `a b`, `a > b`, `a, b`),
   * components included; null if none. It also carries the page's query as its own properties
   * (`page.query.id`, kept from before the view existed); `page.options` is that query as a plain object.
   */
  readonly query: ((selector: string) => ElementHandle | null) & Readonly<Record<string, string>>
  /** The page's query (`this.options` of the page code), a plain object. */
  readonly options: Readonly<Record<string, string>>
  /** The data as the view has it now: a JSON snapshot (functions and undefined dropped), safe to keep and compare. */
  readonly data: Record<string, unknown>
  /** `this` of the page code. */
  readonly instance: PageInstance
  /** What `<button open-type="share">` taps on this route shared (onShareAppMessage's content), in order. */
  readonly shares: readonly ShareContent[]
  /** 'shown' on screen, 'hidden' under another page or while the app is in the background, 'unloaded'. */
  readonly state: PageState
  /**
   * The user taps a node bound with `bindtap="handler"`: the handler runs inside the tap gesture (tap-only
   * APIs such as wx.openSetting work in its synchronous part, not after an `await`). Resolves when the
   * handler (and a Promise it returns) is done and what it started has settled.
   */
  tap(handler: string, init?: EventInit & { detail?: unknown }): Promise<void>
  /** Any other bound event (`bindchange`, `bindinput`, …): the handler runs with `detail`, outside any tap. */
  trigger(handler: string, detail?: unknown, init?: EventInit & { type?: string }): Promise<void>
  /** The user taps a `<button>`: `bindtap` first, then the open-type action and its `bind<event>` handler. */
  tapButton(button: ButtonInit): Promise<void>
  /**
   * Puts a scoped component (`<camera>`, `<live-pusher>`) on this page as its WXML would:
   * `page.mountComponent('camera', { binderror: 'onCameraError', bindinitdone: 'onReady' })` — a `bind…`
   * given as a name calls that page method with the event, as the client does; a function is called as is.
   */
  mountComponent<T extends ComponentTag>(tag: T, attributes?: PageComponentAttributes<T>, fixture?: ComponentFixtures[T]): ComponentHandles[T]
  /** The page's navigation bar (title, colors, loading, home button) as its json and the navigation-bar APIs left it. */
  readonly navigationBar: NavigationBar
  /** The user pulls the page down to refresh: onPullDownRefresh runs (needs enablePullDownRefresh). Resolves when settled. */
  pullDownRefresh(): Promise<void>
  /** The rendered page (its .wxml from its data, components included) as stable indented markup, for snapshots. */
  wxml(): string
  /** The first element whose own text, trimmed, equals `text` (or matches the RegExp); null if none. */
  getByText(text: string | RegExp): ElementHandle | null
  /** Every element matching a selector, in document order. */
  queryAll(selector: string): ElementHandle[]
  /** The custom component instance (`this` of its code) of the first component node matching `selector`; null if none. */
  selectComponent(selector: string): ComponentInstance | null
  selectAllComponents(selector: string): ComponentInstance[]
}

/** The one handle of a page, kept on its record (not in a WeakMap from record to handle: see PageHandleImpl). */
export function pageHandle(host: Host, page: PageRecord): PageHandle {
  return (page.handle ??= recordedFinders(host.core, page.route, new PageHandleImpl(host, page))) as PageHandle
}

/** Where a handle keeps its host and page: a symbol slot, as trace/recording.ts wraps the handle in a Proxy (no `#private` through it). */
const OF = Symbol('fake-wx:page-handle')

interface HandleState {
  readonly host: Host
  readonly page: PageRecord
}

/**
 * A page handle: its getters and methods on one prototype, its state in a slot. Before it was an object literal
 * with `get data()` … made per page: a literal's accessors give each object a map of its own, in old space and
 * pointing at the getters' closures, so every opened page's runtime was promoted out of the young generation
 * (issue 14: ~11 KB promoted per page-host run). Likewise the handle is kept on the record, not in a module-level
 * WeakMap (an entry whose value reaches its key is kept by every scavenge). The user's acts (RECORDED_PAGE_CALLS)
 * are bundle steps (trace/recording.ts).
 */
class PageHandleImpl implements PageHandle {
  readonly route: string
  readonly query: PageHandle['query']
  readonly options: Readonly<Record<string, string>>
  readonly instance: PageInstance
  declare readonly [OF]: HandleState

  constructor(host: Host, page: PageRecord) {
    this.route = page.route
    const state: HandleState = { host, page }
    this.query = withQuery((selector) => queryOne(state, selector), page.query)
    this.options = page.query
    this.instance = page.instance
    Object.defineProperty(this, OF, { value: state })
  }

  get data(): Record<string, unknown> {
    return viewSnapshot(this[OF].page.instance.data)
  }

  get shares(): readonly ShareContent[] {
    const { host, page } = this[OF]
    return sharesOf(host.core).filter((share) => share.route === page.route)
  }

  get state(): PageState {
    return this[OF].page.state
  }

  get navigationBar(): NavigationBar {
    const { host, page } = this[OF]
    return pageNavigationBar(host.core, page)
  }

  tap(...args: Parameters<PageHandle['tap']>): Promise<void> {
    return step(this[OF], 'tap', args, async () => {
      const [handler, init = {}] = args
      onScreen(this[OF], `tap "${handler}"`)
      await finish(this[OF], runTap(this[OF], handler, init.detail ?? { x: 0, y: 0 }, init))
    })
  }

  trigger(...args: Parameters<PageHandle['trigger']>): Promise<void> {
    return step(this[OF], 'trigger', args, async () => {
      const [handler, detail = {}, init = {}] = args
      const { host, page } = this[OF]
      onScreen(this[OF], `trigger "${handler}"`)
      const type = init.type ?? 'custom'
      const fn = handlerOf(page, handler, type)
      host.core.trace.record({ type: 'page', target: page.route, what: `${type} → ${handler}`, detail })
      await finish(this[OF], fn.call(page.instance, wxmlEvent(type, timeStamp(this[OF]), detail, init)))
    })
  }

  tapButton(...args: Parameters<PageHandle['tapButton']>): Promise<void> {
    return step(this[OF], 'tapButton', args, async () => {
      const [button] = args
      const { host, page } = this[OF]
      const { core } = host
      onScreen(this[OF], `tap a <button${button.openType ? ` open-type="${button.openType}"` : ''}>`)
      const actions = (button.openType ?? '').split('|').filter(Boolean).map((t) => [t, openTypeAction(t)] as const)
      const results: unknown[] = []
      if (button.bindtap) results.push(runTap(this[OF], button.bindtap, { x: 0, y: 0 }, button))
      else core.trace.record({ type: 'note', text: 'user tap' })
      for (const [openType, action] of actions) {
        core.trace.record({ type: 'page', target: page.route, what: `button open-type=${openType}` })
        const result = await action(core, { id: button.id, dataset: button.dataset, attrs: attributesOf(button), page })
        if (!result) continue
        const { event, detail } = result
        const bound = button[`bind${event}`]
        if (!bound) continue
        const fn = handlerOf(page, bound, event)
        core.trace.record({ type: 'page', target: page.route, what: `${event} → ${bound}`, detail })
        results.push(fn.call(page.instance, wxmlEvent(event, timeStamp(this[OF]), detail, button)))
      }
      await finish(this[OF], Promise.all(results))
    })
  }

  mountComponent<T extends ComponentTag>(tag: T, attributes: PageComponentAttributes<T> = {}, fixture?: ComponentFixtures[T]): ComponentHandles[T] {
    const { host, page } = this[OF]
    const { core } = host
    onScreen(this[OF], `see a <${tag}>`)
    const bound: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(attributes)) {
      if (!name.startsWith('bind') || typeof value !== 'string') {
        bound[name] = value
        continue
      }
      const event = name.slice('bind'.length)
      const fn = handlerOf(page, value, event) // a missing method fails now, as the client warns at render
      bound[name] = (e: unknown) => {
        core.trace.record({ type: 'page', target: page.route, what: `${event} → ${value}` })
        return fn.call(page.instance, e)
      }
    }
    return mountComponent(core, tag, bound as ComponentAttributes[T], fixture)
  }

  wxml(): string {
    return serializeTree(viewOf(this[OF], 'wxml()').root)
  }

  getByText(text: string | RegExp): ElementHandle | null {
    const found = getByText(viewOf(this[OF], 'getByText').root, text)
    return found ? elementHandle(scopeOf(this[OF]), found) : null
  }

  queryAll(selector: string): ElementHandle[] {
    return queryAll(viewOf(this[OF], 'queryAll').root, selector).map((n) => elementHandle(scopeOf(this[OF]), n))
  }

  selectComponent(selector: string): ComponentInstance | null {
    const found = queryAll(viewOf(this[OF], 'selectComponent').root, selector).find((n) => n.component)
    return found?.component ? (found.component.owner.instance as ComponentInstance) : null
  }

  selectAllComponents(selector: string): ComponentInstance[] {
    return queryAll(viewOf(this[OF], 'selectAllComponents').root, selector).flatMap((n) => (n.component ? [n.component.owner.instance as ComponentInstance] : []))
  }

  pullDownRefresh(...args: Parameters<PageHandle['pullDownRefresh']>): Promise<void> {
    return step(this[OF], 'pullDownRefresh', args, async () => {
      const { host, page } = this[OF]
      onScreen(this[OF], 'pull down to refresh')
      userPullsDown(host.core, page)
      await host.settle()
    })
  }
}

// The handle's helpers, on its state: a method's `this` may be the recording Proxy (trace/recording.ts), which
// has no #private fields or methods.
function step(s: HandleState, call: (typeof RECORDED_PAGE_CALLS)[number], args: readonly unknown[], act: () => Promise<void>): Promise<void> {
  return recordStep(s.host.core, { on: 'page', route: s.page.route, call }, args, act)
}

function timeStamp(s: HandleState): number {
  return s.host.core.clock.now() - s.page.openedAt
}

function onScreen({ page }: HandleState, what: string): void {
  if (page.state !== 'shown') {
    const where = page.state === 'unloaded' ? 'was unloaded' : 'is not on screen (another page covers it, or the app is in the background)'
    throw new FakeWxError(`The user cannot ${what} on ${page.route}: the page ${where}.`)
  }
}

function runTap(s: HandleState, name: string, detail: unknown, init: EventInit): unknown {
  const { host, page } = s
  const { core } = host
  const fn = handlerOf(page, name, 'tap')
  core.trace.record({ type: 'note', text: 'user tap' })
  core.trace.record({ type: 'page', target: page.route, what: `tap → ${name}`, ...(init.dataset ? { detail: init.dataset } : {}) })
  return core.gesture.within(() => fn.call(page.instance, wxmlEvent('tap', timeStamp(s), detail, init)))
}

async function finish(s: HandleState, result: unknown): Promise<void> {
  await result
  await s.host.settle()
}

function viewOf({ page }: HandleState, what: string): PageView {
  const v = page.view as PageView | undefined
  if (!v) {
    throw new FakeWxError(
      `page.${what} on ${page.route}: the page has no ${page.route}.wxml, so nothing is rendered.`,
      'Add the page\'s .wxml to the app folder, or drive it by handler name: page.tap(\'onSave\').',
    )
  }
  return v
}

function scopeOf(s: HandleState): HandleScope {
  return { core: s.host.core, page: s.page, view: viewOf(s, 'query'), onScreen: (what) => onScreen(s, what), settle: () => s.host.settle() }
}

function queryOne(s: HandleState, selector: string): ElementHandle | null {
  const found = query(viewOf(s, 'query(selector)').root, selector)
  return found ? elementHandle(scopeOf(s), found) : null
}

/**
 * `page.query` is the selector query, and still reads as the page's query (`page.query.id`, `{ ...page.query }`):
 * a function whose properties are the query's keys, shadowing the function's own `name`/`length`.
 */
function withQuery(fn: (selector: string) => ElementHandle | null, query: Readonly<Record<string, string>>): PageHandle['query'] {
  return new Proxy(fn, {
    get: (target, key) => (typeof key === 'string' && Object.hasOwn(query, key) ? query[key] : Reflect.get(target, key)),
    has: (target, key) => (typeof key === 'string' && Object.hasOwn(query, key)) || Reflect.has(target, key),
    ownKeys: () => Object.keys(query),
    getOwnPropertyDescriptor: (target, key) =>
      typeof key === 'string' && Object.hasOwn(query, key) ? { value: query[key], enumerable: true, configurable: true, writable: false } : undefined,
  }) as PageHandle['query']
}

/** A ButtonInit's attributes as the WXML would write them: `sessionFrom` → 'session-from'. */
function attributesOf(button: ButtonInit): Record<string, unknown> {
  return Object.fromEntries(Object.entries(button).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), v]))
}
