import { API_DEFINITIONS } from './apis/index.ts'
import type { ApiName } from './facade/define-api.ts'
import { SURFACE } from './surface/surface.generated.ts'
import { storageOf } from './apis/storage/storage-store.ts'
import { reportsOf } from './apis/report/reports.ts'
import { mergeLaunchSettings } from './apis/system/launch-settings.ts'
import { authSettingOf } from './auth/auth-setting.ts'
import { isScope, isWithdrawn } from './auth/scope-table.ts'
import { changeSettingsFromMenu, deleteMiniProgram } from './auth/settings-page.ts'
import { mountComponent, type ComponentAttributes, type ComponentFixtures, type ComponentHandles, type ComponentTag } from './components/mount-component.ts'
import type { RuntimeCore } from './core.ts'
import { filesOf } from './device/files.ts'
import { mapsView } from './apis/map/map-state.ts'
import { playersView } from './apis/media-playback/player-state.ts'
import { openedDocuments } from './apis/files/openDocument.ts'
import { FakeWxError } from './errors/fake-wx-error.ts'
import { builtMethods } from './facade/create-wx.ts'
import { restoreOverrides, useOverrides, type OverrideOf, type Overrides } from './facade/overrides.ts'
import { hostOf, setHostWx, type HostGlobals } from './host/host.ts'
import { pageHandle } from './host/page-handle.ts'
import { createInstaller } from './install.ts'
import { needsAuthorization, privacyOf, tapAgreePrivacyButton } from './privacy/privacy-state.ts'
import { renderTimeline, type TimelineOptions } from './trace/render/index.ts'
import type { FakeWx, Runtime } from './create-runtime.ts'
import { uiHandle } from './apis/ui/ui-handle.ts'
import { recordingOf, type RecordedRtCall } from './trace/recording.ts'
import { recordingView } from './recording-views.ts'
import { makeBundle } from '../repro/bundle.ts'
import { cloudHandle } from './apis/cloud/cloud-handle.ts'
import { subscriptionsHandle } from './apis/subscribe-message/subscribe-state.ts'

/** Every API of the typings can be overridden, modelled or not (an unsimulated one then answers what the test says). */
const API_NAMES: ReadonlySet<string> = new Set([...API_DEFINITIONS.map((d) => d.name), ...Object.keys(SURFACE)])

/** The public views of a runtime, each made on first use. */
type Views = { -readonly [K in 'auth' | 'user' | 'privacy' | 'storage' | 'files' | 'app' | 'cloud' | 'subscriptions' | 'ui' | 'maps' | 'players' | 'clock' | 'device']?: Runtime[K] }

/**
 * The public Runtime over a RuntimeCore. A class, so a runtime costs one object: the views (`auth`,
 * `user`, `storage` …) are made on first use, the methods live on the prototype.
 */
export class FakeRuntime implements Runtime {
  readonly wx: FakeWx
  readonly #core: RuntimeCore
  #installer: ReturnType<typeof createInstaller> | undefined
  #clearHooked = false
  #viewsMade: Views | undefined

  /** The views made so far, made by the first one read (issue 14: most runtimes of a suite never read one). */
  get #views(): Views {
    return (this.#viewsMade ??= {})
  }

  /** The core of a runtime made by createRuntime (coreOf), else undefined. */
  static coreOf(rt: unknown): RuntimeCore | undefined {
    return typeof rt === 'object' && rt !== null && #core in rt ? (rt as FakeRuntime).#core : undefined
  }

  constructor(core: RuntimeCore, wx: FakeWx) {
    this.#core = core
    this.wx = wx
    setHostWx(core, wx)
  }

  /** The phone and the clock as recording views: `moveTo`, `os.set`, `advance` … are bundle steps (trace/recording.ts). */
  get device(): Runtime['device'] {
    return (this.#views.device ??= recordingView(this.#core.device, 'device', () => recordingOf(this.#core)))
  }
  get clock(): Runtime['clock'] {
    return (this.#views.clock ??= recordingView(this.#core.clock, 'clock', () => recordingOf(this.#core)))
  }

  /** Runs a public call as a recorded bundle step. */
  #step<T>(call: RecordedRtCall, args: readonly unknown[], run: () => T): T {
    return recordingOf(this.#core).step({ on: 'rt', call }, args, run)
  }
  get prompts(): Runtime['prompts'] {
    return this.#core.user.records
  }
  get trace(): Runtime['trace'] {
    const entries = this.#core.trace.entries
    if (!this.#clearHooked) {
      // rt.trace.clear() also forgets the wx spies' call records: they hold the same calls (issue 11 defect 5).
      this.#clearHooked = true
      const clear = () => {
        this.#core.trace.clear()
        for (const m of builtMethods(this.wx)) (m as { mockClear?: () => void }).mockClear?.()
      }
      Object.defineProperty(entries, 'clear', { value: clear })
    }
    return entries
  }
  get reports(): Runtime['reports'] {
    return reportsOf(this.#core)
  }

  get auth(): Runtime['auth'] {
    const core = this.#core
    return (this.#views.auth ??= {
      get: (scope) => core.auth.get(scope),
      set: (scope, state) => this.#step('auth.set', [scope, state], () => {
        // A withdrawn scope is never refused: the client reports it as true ("已取消此项授权，会默认返回true", H).
        if (state === 'denied' && isScope(scope) && isWithdrawn(scope, core.config.appType)) {
          throw new FakeWxError(`rt.auth.set: ${scope} cannot be denied: its authorization was withdrawn, the client reports it as true and never refuses.`)
        }
        core.auth.set(scope, state, 'test')
      }),
      authSetting: () => authSettingOf(core.auth, core.config.withdrawnScopes, core.config.appType),
    })
  }

  get user(): Runtime['user'] {
    const core = this.#core
    const { user } = core
    return (this.#views.user ??= {
      answer: (answers) => user.answer(answers),
      nextPrompt: () => user.nextPrompt(),
      get pending() {
        return user.pending
      },
      changeSettings: (toggles) => this.#step('user.changeSettings', [toggles], () => changeSettingsFromMenu(core, toggles)),
      deleteMiniProgram: () => this.#step('user.deleteMiniProgram', [], () => deleteMiniProgram(core)),
    })
  }

  get privacy(): Runtime['privacy'] {
    const core = this.#core
    return (this.#views.privacy ??= {
      tapAgreeButton: (buttonId) => this.#step('privacy.tapAgreeButton', [buttonId], () => tapAgreePrivacyButton(core, buttonId)),
      get needAuthorization() {
        return needsAuthorization(privacyOf(core))
      },
      get held() {
        return privacyOf(core).held
      },
    })
  }

  get storage(): Runtime['storage'] {
    const core = this.#core
    return (this.#views.storage ??= {
      get: (key) => storageOf(core).get(key),
      set: (key, value) =>
        this.#step('storage.set', [key, value], () => {
          const result = storageOf(core).set(key, value)
          if (!result.ok) throw new FakeWxError(`rt.storage.set('${key}', …) is refused by the client's limits: ${result.reason.replace(/^:/, '')}.`)
        }),
      snapshot: () => {
        const store = storageOf(core)
        return Object.fromEntries(store.info().keys.map((k) => [k, store.get(k)]))
      },
    })
  }

  get files(): Runtime['files'] {
    const core = this.#core
    return (this.#views.files ??= {
      write: (path, data) => filesOf(core).write(path, data),
      read: (path) => filesOf(core).read(path),
      get storageLimit() {
        return filesOf(core).storageLimit
      },
      set storageLimit(bytes: number) {
        filesOf(core).storageLimit = bytes
      },
      get openedDocuments() {
        return [...openedDocuments(core)]
      },
    })
  }

  get players(): Runtime['players'] {
    return (this.#views.players ??= playersView(this.#core))
  }

  get maps(): Runtime['maps'] {
    return (this.#views.maps ??= mapsView(this.#core))
  }

  get app(): Runtime['app'] {
    const core = this.#core
    return (this.#views.app ??= {
      get instance() {
        return hostOf(core).app.instance
      },
      get launched() {
        return hostOf(core).app.launched
      },
    })
  }

  // A prototype method, not an arrow field (issue 14: a closure per runtime; under tsx, whose __name() puts every named
  // arrow function in dictionary mode, ~0.4 KB of each live runtime), like the other methods of Runtime.
  mountComponent<T extends ComponentTag>(tag: T, attributes?: ComponentAttributes[T], fixture?: ComponentFixtures[T]): ComponentHandles[T] {
    return mountComponent(this.#core, tag, attributes, fixture)
  }

  override<N extends ApiName>(api: N, body: OverrideOf<N>): void {
    recordingOf(this.#core).noteUnrecordable(`rt.override('${api}', …)`)
    useOverrides(this.#core, API_NAMES, { [api]: body } as Overrides)
  }

  use(overrides: Overrides): void {
    recordingOf(this.#core).noteUnrecordable(`rt.use({ ${Object.keys(overrides).join(', ')} })`)
    useOverrides(this.#core, API_NAMES, overrides)
  }

  restore(api?: ApiName): void {
    restoreOverrides(this.#core, api)
    const methods = api === undefined ? builtMethods(this.wx) : [(this.wx as unknown as Record<string, unknown>)[api]]
    for (const m of methods) (m as { mockRestore?: () => void } | undefined)?.mockRestore?.()
  }

  tap<T>(fn: () => T): T {
    recordingOf(this.#core).noteUnrecordable('rt.tap(fn)')
    this.#core.trace.record({ type: 'note', text: 'user tap' })
    return this.#core.gesture.within(fn)
  }

  timeline(options?: TimelineOptions): string {
    const trace = this.#core.trace
    return renderTimeline(trace.entries, { ...options, dropped: trace.dropped })
  }

  get #install(): ReturnType<typeof createInstaller> {
    const core = this.#core
    // Object.assign, not `{ wx, ...globals }`: the spread's object got a map of its own per runtime, and install's walk
    // over it missed its caches (issue 14, shared-shape.ts).
    return (this.#installer ??= createInstaller(() => Object.assign<Record<string, unknown>, HostGlobals>({ wx: this.wx }, hostOf(core).globals)))
  }

  install(): void {
    this.#install.install()
  }

  uninstall(): void {
    this.#install.uninstall()
  }

  settle(): Promise<void> {
    return hostOf(this.#core).settle()
  }

  open(path: string, openOptions?: { query?: Record<string, string>; scene?: number }): ReturnType<Runtime['open']> {
    return this.#step('open', openOptions === undefined ? [path] : [path, openOptions], () => this.#open(path, openOptions))
  }

  async #open(path: string, openOptions?: { query?: Record<string, string>; scene?: number }): ReturnType<Runtime['open']> {
    const host = hostOf(this.#core)
    if (openOptions?.scene !== undefined && !host.app.launched) mergeLaunchSettings(this.#core, { scene: openOptions.scene })
    if (!this.#install.installed || globalValue('Page') !== host.globals.Page) {
      throw new FakeWxError(
        "rt.open needs this runtime's globals: page files call Page() and wx at load time.",
        'Call rt.install() before rt.open(), and rt.uninstall() when the test ends.',
      )
    }
    return pageHandle(host, await host.open(path, openOptions?.query))
  }

  currentPages(): ReturnType<Runtime['currentPages']> {
    const host = hostOf(this.#core)
    return host.stack.map((page) => pageHandle(host, page))
  }

  currentPage(): ReturnType<Runtime['currentPage']> {
    const host = hostOf(this.#core)
    const top = host.top
    return top ? pageHandle(host, top) : undefined
  }

  get ui(): Runtime['ui'] {
    return (this.#views.ui ??= uiHandle(this.#core))
  }
  get cloud(): Runtime['cloud'] {
    return (this.#views.cloud ??= cloudHandle(this.#core))
  }

  get subscriptions(): Runtime['subscriptions'] {
    return (this.#views.subscriptions ??= subscriptionsHandle(this.#core))
  }

  require<T = unknown>(path: string): T {
    return hostOf(this.#core).modules.require(path) as T
  }

  import<T = Record<string, unknown>>(path: string): Promise<T> {
    return hostOf(this.#core).modules.import(path) as Promise<T>
  }

  mockModule(path: string, exports: unknown): void {
    recordingOf(this.#core).noteUnrecordable(`rt.mockModule('${path}', …)`)
    hostOf(this.#core).modules.mock(path, exports)
  }

  bundle(options?: Parameters<Runtime['bundle']>[0]): ReturnType<Runtime['bundle']> {
    return makeBundle(this.#core, options)
  }
}

/**
 * globalThis[name], read through its descriptor when it is a data property: install/uninstall define and delete the
 * globals for every runtime, so a plain `globalThis.Page` missed its inline cache on each rt.open (~0.3 µs, issue 14,
 * measured). An accessor or an inherited value is read as before.
 */
function globalValue(name: string): unknown {
  const own = Object.getOwnPropertyDescriptor(globalThis, name)
  return own !== undefined && 'value' in own ? own.value : (globalThis as Record<string, unknown>)[name]
}
