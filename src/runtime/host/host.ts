import { join } from 'node:path'
import { rootCore, stateOf, type RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { reportAppError, settle } from '../facade/deliver.ts'
import { pendingCalls } from '../facade/invoke.ts'
import { AppRecord, launchOptions } from './app.ts'
import { launchOptionsFor } from '../apis/system/launch-settings.ts'
import { homePageOf, pagesOf, tabPagesOf, type AppFolder } from './app-json.ts'
import { defineBehavior } from './behavior.ts'
import { defineComponentPage, definePage, type PageDefinition } from './definition.ts'
import { preloadComponents, type ComponentLibrary } from './components/index.ts'
import { EventChannel } from './event-channel.ts'
import { ModuleLoader } from './load-page.ts'
import { mapStack } from './modules/compile.ts'
import { appPath, isFile } from './modules/resolve.ts'
import { PageScriptError, scriptErrorText } from './modules/script-error.ts'
import { createPage, runStage, type HostServices, type PageInstance, type PageRecord } from './page-instance.ts'
import { resolveUrl } from './url.ts'
import { attachView } from './wxml/page-view.ts'
import type { ComponentRegistry } from './wxml/tree.ts'

/** wx.onAppShow / wx.onAppHide listeners (apis/app-event). */
export const APP_SHOW = 'app.show'
export const APP_HIDE = 'app.hide'

/** The globals a mini program's files use, installed with wx by rt.install(). */
export interface HostGlobals {
  App: (options: unknown) => void
  Page: (options: unknown) => void
  Component: (options: unknown) => void
  Behavior: (options: unknown) => unknown
  getApp: (options?: { allowDefault?: boolean }) => unknown
  getCurrentPages: () => PageInstance[]
}

/**
 * The logic layer of one running mini program (its view: host/wxml/): the App, page definitions, the page
 * stack, and the lifecycle. One per runtime; navigation APIs reach it through `hostOf(ctx)`.
 */
export class Host implements HostServices {
  readonly core: RuntimeCore
  readonly folder: AppFolder | undefined
  readonly app = new AppRecord()
  /** Pages on screen and under it, bottom first (getCurrentPages()). */
  readonly stack: PageRecord[] = []
  /** Tab pages loaded and not unloaded; switchTab keeps them (route.html, H). */
  readonly tabs = new Map<string, PageRecord>()
  readonly routes: Set<string>
  readonly tabRoutes: Set<string>
  readonly #loader: ModuleLoader | undefined
  readonly #definitions = new Map<string, Promise<PageDefinition>>()
  readonly #inflight = new Set<Promise<unknown>>()
  /**
   * The custom components of this run (components/index.ts) and the registry the renderer asks. Kept here, not
   * in module-level WeakMaps keyed by the host: a WeakMap value that reaches its own key (the registry's closures
   * hold the host) is kept by every scavenge, so each dropped runtime was promoted to the old generation
   * (issue 14: ~8 KB promoted per page-host run from this alone).
   */
  componentLibrary: ComponentLibrary | undefined = undefined
  componentRegistry: ComponentRegistry | undefined = undefined
  #registering: Registration | undefined
  #loading: Promise<unknown> = Promise.resolve()
  #collect: unknown[] | undefined

  constructor(core: RuntimeCore, folder: AppFolder | undefined) {
    this.core = core
    this.folder = folder
    this.#loader =
      folder &&
      new ModuleLoader(folder.root, {
        appJson: core.config.appJson,
        SDKVersion: core.config.SDKVersion,
        modules: folder.modules,
        globals: () => this.#fileGlobals(),
        report: (error, where) => this.report(error, where),
      })
    this.routes = pagesOf(core.config.appJson)
    this.tabRoutes = tabPagesOf(core.config.appJson)
    // The settings page (openSetting, the button, the user's own visit) covers the app: background, then foreground.
    core.events.on('appHide', () => this.background())
    core.events.on('appShow', () => this.foreground())
  }

  readonly globals: HostGlobals = {
    App: (options) => {
      if (this.#registering?.kind !== 'app') throw new FakeWxError('App() was called outside app.js.', 'The client runs App() from app.js only.')
      this.app.register(options)
    },
    Page: (options) => this.#register(definePage(options), 'Page'),
    Component: (options) => {
      // A component file (usingComponents) registers its options; a page file built with Component() a page.
      if (this.#registering?.kind === 'component') return void this.#registerComponent(options)
      this.#register(defineComponentPage(options), 'Component')
    },
    Behavior: (options) => defineBehavior(options),
    getApp: (options) => this.app.get(options),
    getCurrentPages: () => this.stack.map((p) => p.instance),
  }

  #withWx: Record<string, unknown> | undefined

  /**
   * wx and the host's globals, what an app file runs with: one object per host (remade only if the runtime's wx
   * changed), not a spread per file loaded (issue 14: each page-host run loads app.js, the page and its utils).
   */
  #fileGlobals(): Record<string, unknown> {
    const wx = this.core.state.get(WX)
    let globals = this.#withWx
    if (globals === undefined || globals.wx !== wx) globals = this.#withWx = Object.assign<Record<string, unknown>, HostGlobals>({ wx }, this.globals)
    return globals
  }

  get top(): PageRecord | undefined {
    return this.stack.at(-1)
  }

  // ── app code: errors and promises ──────────────────────────────────────────

  /** As the client reports it (facade/deliver.ts reportAppError); while rt.open runs, kept for it to throw. */
  report(error: unknown, where: string, at = where): void {
    mapStack(error)
    if (this.#collect) return void this.#collect.push(error)
    reportAppError(this.core, where, error, at)
    this.#onError(error, at)
  }

  /**
   * App.onError(String error): "小程序发生脚本错误或 API 调用报错时触发" (reference/api/App.html, H), with the
   * client's string `<message>;at <where>` and the stack on the next line ("module \"sdk-v1.0.5.js\" is not
   * defined;at App lifeCycleMethod onLaunch function\nError: module …", ifanrx/hydrogen-js-sdk#3, M).
   */
  #onError(error: unknown, at: string): void {
    const onError = this.app.instance?.onError
    if (typeof onError !== 'function') return
    try {
      ;(onError as (msg: string) => unknown).call(this.app.instance, scriptErrorText(error, at))
    } catch (inner) {
      reportAppError(this.core, 'App onError', inner)
    }
  }

  /**
   * An app file that threw while it ran (a page file, app.js): reported as the client reports a script error
   * (thirdScriptError on the console, App.onError), or kept for rt.open to reject with.
   */
  scriptError(error: unknown, path: string): PageScriptError {
    mapStack(error)
    if (!this.#collect) reportAppError(this.core, path, error, path)
    this.#onError(error, path)
    return new PageScriptError(path, error)
  }

  /** The app's module loader (rt.require, rt.import, rt.mockModule). */
  get modules(): ModuleLoader {
    return this.#needsFolder().loader
  }

  track(result: unknown, where: string): void {
    if (!result || typeof (result as Promise<unknown>).then !== 'function') return
    const p: Promise<unknown> = Promise.resolve(result).then(
      (): void => void this.#inflight.delete(p),
      (error: unknown): void => {
        this.#inflight.delete(p)
        this.report(error, where)
      },
    )
    this.#inflight.add(p)
  }

  /**
   * Lets app code run until it is idle: no wx call waiting for its result, no Promise returned by a
   * lifecycle hook still running. Stops early when a prompt waits for the user, and after a bound of
   * microtask turns (a wait on a timer never ends under fake timers, and must not hang the test).
   */
  async settle(): Promise<void> {
    const calls = pendingCalls(this.core)
    const busy = () => (calls.count > 0 || this.#inflight.size > 0) && this.core.user.pending.length === 0
    await settle()
    for (let i = 0; i < 100 && busy(); i++) await settle()
  }

  /** Runs `fn`, then throws the first exception app code raised meanwhile (rt.open reports onLoad's errors this way). */
  async collecting<T>(fn: () => Promise<T>): Promise<T> {
    const outer = this.#collect
    const errors: unknown[] = (this.#collect = [])
    try {
      const value = await fn()
      if (errors.length > 0) throw errors[0]
      return value
    } finally {
      this.#collect = outer
    }
  }

  // ── loading ────────────────────────────────────────────────────────────────

  #register(definition: PageDefinition, ctor: string): void {
    const current = this.#registering
    if (current?.kind !== 'page') {
      throw new FakeWxError(`${ctor}() was called outside a page file being loaded.`, 'Only page files run under the host: open them with rt.open(route).')
    }
    if (current.definition) throw new FakeWxError(`${current.file} registered a page twice (Page() / Component() called again).`)
    current.definition = definition
  }

  #registerComponent(options: unknown): void {
    const current = this.#registering!
    if (current.options !== undefined) throw new FakeWxError(`${current.file} called Component() twice.`)
    current.options = options
  }

  /** Runs a component file (an app path with extension) and returns the options its Component() call gave. */
  async componentOptions(file: string): Promise<unknown> {
    const { loader } = this.#needsFolder()
    const slot = await this.#run('component', join(loader.root, file))
    if (slot.options === undefined) throw new FakeWxError(`${file} ran but called no Component().`, 'A custom component file calls Component({...}).')
    return slot.options
  }

  #needsFolder(): { folder: AppFolder; loader: ModuleLoader } {
    if (!this.folder || !this.#loader) {
      throw new FakeWxError('This runtime has no app folder.', 'Point it at the mini program: createRuntime({ app: { root: "path/to/miniprogram" } }).')
    }
    return { folder: this.folder, loader: this.#loader }
  }

  /** Runs an app file and returns what it registered. One file at a time: registration goes to the file loading. */
  #run(kind: Registration['kind'], file: string): Promise<Registration> {
    const run = this.#loading.then(async () => {
      const slot: Registration = { kind, file }
      this.#registering = slot
      try {
        await this.#loader!.load(file)
      } catch (error) {
        if (error instanceof FakeWxError) throw error // our own misuse error (Page() twice …), not the app's
        throw this.scriptError(error, this.#loader!.pathOf(file))
      } finally {
        this.#registering = undefined
      }
      return slot
    })
    this.#loading = run.catch(() => undefined)
    return run
  }

  /** The page's definition, loading its file on first use. */
  definition(route: string): Promise<PageDefinition> {
    let pending = this.#definitions.get(route)
    if (!pending) {
      pending = this.#loadPage(route)
      this.#definitions.set(route, pending)
      pending.catch(() => this.#definitions.delete(route))
    }
    return pending
  }

  async #loadPage(route: string): Promise<PageDefinition> {
    const { folder, loader } = this.#needsFolder()
    const file = loader.fileOf(route)
    if (!file) throw new FakeWxError(`app.json lists "${route}" but ${folder.root} has no ${route}.js.`)
    const { definition } = await this.#run('page', file)
    if (!definition) throw new FakeWxError(`${file} ran but registered no page.`, 'A page file calls Page({...}) or Component({...}).')
    await preloadComponents(this, route)
    return definition
  }

  // ── the app's life ─────────────────────────────────────────────────────────

  /** Cold start at `route` (App.onLaunch → App.onShow → the page's onLoad → onShow → onReady), or a re-launch when running. */
  async open(path: string, query: Record<string, string> = {}): Promise<PageRecord> {
    const { folder, loader } = this.#needsFolder()
    const target = resolveUrl(path || homePageOf(folder.appJson) || '', undefined)
    const fullQuery = { ...target.query, ...query }
    if (!this.routes.has(target.route)) {
      throw new FakeWxError(`app.json has no page "${target.route}".`, `Pages: ${[...this.routes].join(', ')}.`)
    }
    return this.collecting(async () => {
      if (!this.app.launched) {
        const appFile = loader.fileOf('app')
        if (appFile) await this.#run('app', appFile)
        else this.core.trace.record({ type: 'note', text: `${folder.root} has no app.js: no App() runs` })
        const definition = await this.definition(target.route)
        this.app.launched = true
        this.app.showOptions = launchOptionsFor(this.core, target.route, fullQuery)
        this.app.run(this, 'onLaunch', { ...this.app.showOptions })
        this.app.run(this, 'onShow', { ...this.app.showOptions })
        return this.push(definition, target.route, fullQuery)
      }
      // A running app opened again at a page (a share card, a scan): all pages close, the new one opens.
      const definition = await this.definition(target.route)
      this.closeAll()
      return this.push(definition, target.route, fullQuery)
    })
  }

  /** Creates, pushes and shows a page: onLoad(query) → onShow → onReady. */
  push(definition: PageDefinition, route: string, query: Record<string, string>, channel = EventChannel.pair()[1]): PageRecord {
    const page = createPage(this, definition, route, query, channel)
    attachView(this, page)
    this.stack.push(page)
    if (this.tabRoutes.has(route)) this.tabs.set(route, page)
    runStage(this, page, 'load')
    runStage(this, page, 'show')
    runStage(this, page, 'ready')
    return page
  }

  unload(page: PageRecord): void {
    if (page.state === 'unloaded') return
    runStage(this, page, 'unload')
    if (this.tabs.get(page.route) === page) this.tabs.delete(page.route)
  }

  /** Unloads every page, top first, tab pages kept alive off the stack included (wx.reLaunch). */
  closeAll(): void {
    while (this.stack.length > 0) this.unload(this.stack.pop()!)
    for (const page of [...this.tabs.values()]) this.unload(page)
  }

  /** Going to the background (the settings page covers the app): page onHide, then App onHide (H). */
  background(): void {
    const top = this.top
    if (top?.state === 'shown') runStage(this, top, 'hide')
    if (this.app.launched) this.app.run(this, 'onHide')
    this.#emit(APP_HIDE, {})
  }

  /** Back to the foreground: App onShow, then the page's onShow. */
  foreground(): void {
    const options = { ...(this.app.showOptions ?? launchOptions('', {})) }
    if (this.app.launched) this.app.run(this, 'onShow', options)
    this.#emit(APP_SHOW, options)
    const top = this.top
    if (top && top.state === 'hidden') runStage(this, top, 'show')
  }

  #emit(channel: string, payload: unknown): void {
    try {
      this.core.events.emit(channel, payload)
    } catch (error) {
      this.report(error, `a wx.${channel === APP_SHOW ? 'onAppShow' : 'onAppHide'} listener`)
    }
  }
}

/** The file being run and what it registers: App(), a page (Page() / Component()), or a component's options. */
interface Registration {
  readonly kind: 'app' | 'page' | 'component'
  readonly file: string
  definition?: PageDefinition
  options?: unknown
}

const HOST = 'host'
const FOLDER = 'host.folder'
const WX = 'host.wx'

/** The runtime's wx, a global of every app file (set by the runtime when it is made). */
export function setHostWx(core: RuntimeCore, wx: unknown): void {
  core.state.set(WX, wx)
}

/** Where the runtime's app lives (createRuntime({ app: { root } })). */
export function setAppFolder(core: RuntimeCore, folder: AppFolder): void {
  for (const path of Object.keys(folder.modules ?? {})) {
    if (!isFile(join(folder.root, appPath(path)))) {
      throw new FakeWxError(
        `createRuntime({ app: { modules } }): the app has no ${appPath(path)} (under ${folder.root}).`,
        "Name an app file from the mini program root, as app.json names pages: 'utils/api' or 'utils/api.js'.",
      )
    }
  }
  core.state.set(FOLDER, folder)
}

/**
 * The host of a runtime, created on first use (rt.install, rt.open, a route API, wx.onAppShow …), so a
 * runtime that only calls wx APIs pays nothing for it. Lifecycle needs no host before then: no app runs.
 */
export function hostOf(core: RuntimeCore): Host {
  return stateOf(core, HOST, () => new Host(rootOf(core), core.state.get(FOLDER) as AppFolder | undefined))
}

/** An API's context is the core with a few fields on top (facade/invoke.ts): the host keeps the core itself. */
function rootOf(core: RuntimeCore): RuntimeCore {
  return rootCore(core)
}
