import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { find, isFile, read } from '../app-files.ts'
import { compileWxml, type CompiledFile } from './compile.ts'
import { deliveries, type DispatchInit } from './dispatch.ts'
import type { Pos } from './parse.ts'
import { assignSlots, Renderer, type ComponentRequest, type RenderServices } from './render.ts'
import type { ComponentRegistry, ComponentType, ComponentView, CustomEventInit, MountedComponent, ViewOwner, WxmlElement, WxmlNode } from './tree.ts'
import { WxsModules } from './wxs.ts'
import { mountNative, type NativeMount } from './native-components.ts'
import { renderSafe } from './render-safe.ts'

/** What a page's view needs from the host. */
export interface ViewHost {
  readonly core: RuntimeCore
  /** The mini program's root folder. */
  readonly root: string
  readonly registry: ComponentRegistry | undefined
  /** Milliseconds since the page opened (event.timeStamp). */
  timeStamp(): number
  /** Runs an event handler of app code (trace, gesture handled by the caller); returns what it returned. */
  call(owner: ViewOwner, handler: string, event: unknown, binding: { type: string; file: string; line: number }): unknown
}

/**
 * WXML files compiled once per process, by file and version (mtime + size), as app .js files are
 * (modules/compile.ts): a compiled file is data the renderer only reads. Before, each runtime parsed its pages'
 * WXML again, and kept the result in a module-level WeakMap keyed by the runtime (issue 14).
 */
const compiled = new Map<string, { readonly stamp: string; readonly file: CompiledFile }>()

export function compileAppFile(root: string, path: string, from?: { file: string; pos: Pos }): CompiledFile | undefined {
  const full = join(root, path)
  const { kind, stamp } = find(full)
  if (kind !== 'file') {
    if (!from) return undefined
    throw new FakeWxError(`${from.file}:${from.pos.line}: the WXML file "${path}" does not exist.`, 'Fix the src of <import>/<include>: a path relative to the file, or from the app root with "/".')
  }
  const hit = compiled.get(full)
  if (hit?.stamp === stamp && hit.file.file === path) return hit.file
  const file = compileWxml(path, readFileSync(full, 'utf8'))
  compiled.set(full, { stamp, file })
  return file
}

/** How many WXML file versions are compiled (tests check the cache is used). */
export function compiledWxmlCount(): number {
  return compiled.size
}

interface Entry {
  readonly type: ComponentType
  mounted?: MountedComponent
  view?: OwnerView
  host?: WxmlElement
  attachedDone: boolean
  readyDone: boolean
  properties: string
}

/** One owner's rendered WXML: a page's tree, or a component's shadow tree. */
export class OwnerView implements RenderServices {
  root: WxmlElement
  entries = new Map<string, Entry>()
  #next: Map<string, Entry> | undefined
  readonly #renderer: Renderer

  constructor(
    readonly page: PageView,
    readonly owner: ViewOwner,
    readonly file: CompiledFile | undefined,
    readonly rootTag: string,
  ) {
    this.#renderer = new Renderer(this, owner)
    this.root = emptyRoot(rootTag, owner, file?.file ?? '')
  }

  get wxs(): WxsModules {
    return this.page.wxs
  }

  get registry(): ComponentRegistry | undefined {
    return this.page.host.registry
  }

  compile(path: string, from: { file: string; pos: Pos }): CompiledFile {
    return compileAppFile(this.page.host.root, path, from)!
  }

  /** `data`: the owner's data as the view received it (PageView's deferred render); else read now. */
  render(data?: Readonly<Record<string, unknown>>): void {
    const previous = this.entries
    this.#next = new Map()
    try {
      this.root = this.file ? this.#renderer.render(this.file, this.rootTag, data) : emptyRoot(this.rootTag, this.owner, '')
    } catch (error) {
      // Keep the components of a failed render alive: the old tree stays on screen.
      for (const [k, e] of this.#next) if (!previous.has(k)) this.page.detach(e)
      this.#next = undefined
      throw error
    }
    for (const [key, entry] of previous) if (!this.#next.has(key) || this.#next.get(key) !== entry) this.page.detach(entry)
    this.entries = this.#next
    this.#next = undefined
  }

  mountComponent(request: ComponentRequest & { node?: WxmlElement }): { mounted: MountedComponent; shadowRoot: WxmlElement } | undefined {
    const type = this.registry?.resolve(this.owner, request.tag)
    if (!type) return undefined
    const next = this.#next!
    const properties = JSON.stringify(request.properties)
    const kept = this.entries.get(request.key)
    if (kept && kept.type === type && kept.mounted && kept.view) {
      next.set(request.key, kept)
      if (kept.properties !== properties) {
        kept.properties = properties
        kept.mounted.propertiesChanged(request.properties)
        // The new property values (and what their observers set) show in the component's template.
        kept.view.render()
      }
      return { mounted: kept.mounted, shadowRoot: kept.view.root }
    }
    const entry: Entry = { type, attachedDone: false, readyDone: false, properties }
    const view: ComponentView = {
      rerender: () => {
        if (!entry.view || !entry.host) return
        entry.view.render()
        entry.host.shadowRoot = entry.view.root
        entry.view.root.host = entry.host
        assignSlots(entry.host)
        this.page.afterRender()
      },
      dispatch: (from, event) => this.page.dispatchCustom(from, event),
      hostNode: () => {
        if (!entry.host) throw new FakeWxError(`The component ${type.path} is not in the view yet (created runs before attached).`)
        return entry.host
      },
    }
    entry.mounted = type.create({ owner: this.owner, properties: request.properties, view })
    next.set(request.key, entry)
    this.page.created(entry)
    const file = compileAppFile(this.page.host.root, `${type.path}.wxml`)
    entry.view = new OwnerView(this.page, entry.mounted.owner, file, '#shadow-root')
    entry.view.render()
    return { mounted: entry.mounted, shadowRoot: entry.view.root }
  }

  /** Records the host node of each component after the renderer built it. */
  bindHosts(): void {
    const walk = (n: WxmlNode) => {
      if (n.kind !== 'element') return
      if (n.component) {
        for (const entry of this.entries.values()) if (entry.mounted === n.component) entry.host = n
      }
      n.children.forEach(walk)
    }
    walk(this.root)
    for (const entry of this.entries.values()) entry.view?.bindHosts()
  }

  *allEntries(): Generator<Entry> {
    for (const entry of this.entries.values()) {
      yield entry
      if (entry.view) yield* entry.view.allEntries()
    }
  }
}

function emptyRoot(tag: string, owner: ViewOwner, file: string): WxmlElement {
  return { kind: 'element', tag, key: '', attrs: {}, id: '', classList: [], dataset: {}, marks: {}, events: [], children: [], parent: undefined, owner, source: { file, line: 1, column: 1 }, hidden: false }
}

/**
 * A page's view: its tree, its components' lifetimes (created → attached during the first render, before
 * onLoad; ready before the page's onReady; detached when a re-render drops them or the page unloads —
 * framework/custom-component/lifetimes.html, M for the order against page hooks), and event dispatch.
 */
export class PageView {
  readonly wxs: WxsModules
  readonly view: OwnerView
  /** render-safe.ts: the file renders when the tree is first read, from the data it had at the last render asked. */
  readonly #deferrable: boolean
  /** The data of a render asked for and not done yet (a JSON snapshot taken when it was asked, as the view gets it). */
  #deferred: Readonly<Record<string, unknown>> | undefined
  #ready = false
  #pendingAttach: Entry[] = []
  readonly #natives = new Map<WxmlElement['owner'], Map<string, NativeMount>>()

  constructor(
    readonly host: ViewHost,
    owner: ViewOwner,
    file: CompiledFile,
  ) {
    this.wxs = new WxsModules({
      now: () => host.core.clock.now(),
      read: (path) => {
        const full = join(host.root, path)
        return isFile(full) ? read(full) : undefined
      },
    })
    this.view = new OwnerView(this, owner, file, '#page')
    this.#deferrable = renderSafe(file)
  }

  get root(): WxmlElement {
    if (this.#deferred !== undefined) {
      const data = this.#deferred
      this.#deferred = undefined
      this.view.render(data)
      this.afterRender()
    }
    return this.view.root
  }

  /** The first render, from the initial data. */
  mount(): void {
    this.render()
  }

  /**
   * Re-renders the page's own tree (after the page's setData). A render-safe file (render-safe.ts: no component,
   * nothing that can throw) only takes the data's snapshot now, as the view receives it (a later `this.data.x = 1`
   * without setData must not show), and renders when the tree is read: most page runs never read it (issue 14).
   */
  render(): void {
    if (this.#deferrable) {
      this.#deferred = this.view.owner.data
      return
    }
    this.view.render()
    this.afterRender()
  }

  afterRender(): void {
    this.view.bindHosts()
    const attach = this.#pendingAttach
    this.#pendingAttach = []
    for (const entry of attach) {
      entry.attachedDone = true
      entry.mounted!.attached()
    }
    if (this.#ready) this.ready()
    this.#syncNatives()
  }

  created(entry: Entry): void {
    this.#pendingAttach.push(entry)
  }

  /** Components' ready, before the page's onReady (and at once for those added later). */
  ready(): void {
    this.#ready = true
    for (const entry of this.view.allEntries()) {
      if (entry.readyDone || !entry.attachedDone) continue
      entry.readyDone = true
      entry.mounted!.ready()
    }
  }

  detach(entry: Entry): void {
    if (entry.view) for (const child of [...entry.view.entries.values()]) this.detach(child)
    if (entry.attachedDone) entry.mounted?.detached()
    entry.attachedDone = false
    this.#pendingAttach = this.#pendingAttach.filter((e) => e !== entry)
    if (entry.view) this.#natives.delete(entry.view.owner)
  }

  /** The page unloads: every component detaches, natives unmount. */
  unload(): void {
    for (const entry of [...this.view.entries.values()]) this.detach(entry)
    for (const mounts of this.#natives.values()) for (const m of mounts.values()) m.unmount()
    this.#natives.clear()
  }

  pageShow(): void {
    for (const entry of this.view.allEntries()) entry.mounted?.pageShow?.()
  }

  pageHide(): void {
    for (const entry of this.view.allEntries()) entry.mounted?.pageHide?.()
  }

  /** Every component mounted now, in tree order. */
  components(): MountedComponent[] {
    return [...this.view.allEntries()].flatMap((e) => (e.mounted ? [e.mounted] : []))
  }

  /** Runs the listeners an event reaches; returns what they returned (Promises included). */
  dispatch(target: WxmlElement, init: DispatchInit): unknown[] {
    const results: unknown[] = []
    const timeStamp = this.host.timeStamp()
    for (const d of deliveries(target, init)) {
      if (!d.binding.handler) continue
      const node = (n: WxmlElement) => ({ id: n.id, dataset: { ...n.dataset } })
      const event: Record<string, unknown> = {
        type: init.type,
        timeStamp,
        target: node(d.target),
        currentTarget: node(d.node),
        mark: d.mark,
        detail: init.detail,
      }
      if (TOUCH_TYPES.has(init.type)) {
        const touch = { identifier: 0, pageX: 0, pageY: 0, clientX: 0, clientY: 0, force: 1 }
        event.touches = [touch]
        event.changedTouches = [touch]
      }
      results.push(this.host.call(d.node.owner, d.binding.handler, event, { type: init.type, file: d.binding.source.file, line: d.binding.source.line }))
    }
    return results
  }

  /** triggerEvent(name, detail, { bubbles, composed, capturePhase }) from a component's host node (all false by default). */
  dispatchCustom(from: WxmlElement, event: CustomEventInit): void {
    this.dispatch(from, { type: event.type, detail: event.detail ?? {}, bubbles: Boolean(event.bubbles), composed: Boolean(event.composed), capturePhase: Boolean(event.capturePhase) })
  }

  /** `<camera>` / `<live-pusher>` in the tree mount themselves; gone from it, they unmount. */
  #syncNatives(): void {
    const seen = new Map<ViewOwner, Set<string>>()
    const walk = (n: WxmlNode) => {
      if (n.kind !== 'element') return
      if (n.shadowRoot) walk(n.shadowRoot)
      const native = mountNativeTag(n)
      if (native) {
        let mounts = this.#natives.get(n.owner)
        if (!mounts) this.#natives.set(n.owner, (mounts = new Map()))
        let keys = seen.get(n.owner)
        if (!keys) seen.set(n.owner, (keys = new Set()))
        keys.add(n.key)
        const mounted = mounts.get(n.key)
        if (mounted) mounted.update(n)
        else mounts.set(n.key, mountNative(this.host.core, n, (node, type, detail) => void this.dispatch(node, { type, detail, bubbles: false, composed: false, capturePhase: false })))
      }
      n.children.forEach(walk)
    }
    walk(this.view.root)
    for (const [owner, mounts] of this.#natives) {
      const keys = seen.get(owner) ?? new Set()
      for (const [key, m] of mounts) {
        if (keys.has(key)) continue
        m.unmount()
        mounts.delete(key)
      }
    }
  }
}

const TOUCH_TYPES = new Set(['tap', 'longpress', 'longtap', 'touchstart', 'touchmove', 'touchend', 'touchcancel'])

function mountNativeTag(n: WxmlElement): boolean {
  return n.tag === 'camera' || n.tag === 'live-pusher'
}
