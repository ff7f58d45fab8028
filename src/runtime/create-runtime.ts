import { API_DEFINITIONS, type WxApiName } from './apis/index.ts'
import { AuthStore, type AuthState } from './auth/auth-store.ts'
import type { Scope } from './auth/scope-table.ts'
import type { SettingsToggles } from './auth/settings-page.ts'
import { createClock, type Clock } from './clock.ts'
import { FakeWxError } from './errors/fake-wx-error.ts'
import type { ConfigOptions } from './config.ts'
import { resolveConfig } from './resolve-config.ts'
import { sharedShape } from './shared-shape.ts'
import type { RuntimeCore } from './core.ts'
import { Device } from './device/device.ts'
import { applyBluetoothOptions, type BluetoothOptions } from './device/bluetooth-switch.ts'
import type { OsOptions } from './device/os-permissions.ts'
import type { SwitchOptions } from './device/system-switches.ts'
import type { SystemOptions } from './device/system-profile.ts'
import type { NetworkType } from './device/network.ts'
import { DEFAULT_POSITION, type Position } from './device/position.ts'
import { WxEvents } from './events/wx-events.ts'
import { createWx, runtimeOfWxObject, setRuntimeOfWx } from './facade/create-wx.ts'
import { FakeRuntime } from './runtime-impl.ts'
import { readAppFolder } from './host/app-json.ts'
import type { AppFilesCache } from './host/app-files.ts'
import { setAppFolder } from './host/host.ts'
import type { PageHandle } from './host/page-handle.ts'
import type { ComponentAttributes, ComponentFixtures, ComponentHandles, ComponentTag } from './components/mount-component.ts'
import { setVoipRooms } from './apis/record/voip-room.ts'
import type { UiHandle } from './apis/ui/ui-handle.ts'
import { setAppVersion, setLaunchSettings, type LaunchSettings } from './apis/system/launch-settings.ts'
import { APP_VERSION_KEY } from './apis/system/getAccountInfoSync.ts'
import { setUpdateScript, type UpdateScript } from './apis/update/update-manager.ts'
import type { Report } from './apis/report/reports.ts'
import { Trace, type TraceView } from './trace/trace.ts'
import { startRecording } from './trace/recording.ts'
import type { BugBundle, BundleOptions } from '../repro/bundle.ts'
import { setCloudOptions, type CloudOptions } from './apis/cloud/cloud-state.ts'
import type { CloudHandle } from './apis/cloud/cloud-handle.ts'
import { setSubscribeOptions, type SubscribeMessageOptions, type SubscriptionsHandle } from './apis/subscribe-message/subscribe-state.ts'
import type { TraceEntry } from './trace/trace-events.ts'
import type { TimelineOptions } from './trace/render/index.ts'
import { Gesture } from './user/gestures.ts'
import { SimulatedUser, type OnUnansweredPrompt, type Prompt, type PromptRecord, type UserAnswers } from './user/simulated-user.ts'
import type { JsonValue } from '../scenarios/scenario.ts'
import { checkStorage, resolveScenario } from '../scenarios/resolve-scenario.ts'
import { applyScenario, seedStorage } from '../scenarios/apply-scenario.ts'
import type { OverrideOf, Overrides } from './facade/overrides.ts'
import type { MapsView } from './apis/map/map-state.ts'
import type { PlayersView } from './apis/media-playback/player-state.ts'
import type { OpenedDocument } from './apis/files/openDocument.ts'
import type { ApiName } from './facade/define-api.ts'
import { resolveLayers, type ScenarioOption } from '../scenarios/layer-presets.ts'

/**
 * The fake `wx`: the official `WechatMiniprogram.Wx`. Every member is there when the base library has it: the
 * modelled ones (`WxApiName`) behave as the client; the others answer neutral values per `unsimulatedApis`.
 */
export type FakeWx = WechatMiniprogram.Wx

export interface RuntimeOptions extends ConfigOptions {
  /**
   * The user's history (a preset name or a scenario object; default 'first-time') and/or layer presets
   * ('os-denied', 'privacy-not-agreed', …), alone or in a list: `['denied-once', 'os-denied']`.
   */
  scenario?: ScenarioOption
  /** Scopes a preset applies to (an OS layer preset: the OS permissions behind them). Default: every scope asked by dialog. */
  scopes?: readonly Scope[]
  /** Standing answers of the simulated user. */
  user?: UserAnswers
  /** What happens to a prompt nobody answers: 'error' (default) rejects the call loudly; 'wait' queues it for nextPrompt(). */
  onUnansweredPrompt?: OnUnansweredPrompt
  /** The device's position (WGS-84). Default: the getLocation doc's example place. */
  position?: Partial<Position>
  /** WeChat's OS permissions, e.g. `{ location: 'denied' }`. Default: all 'authorized'. */
  os?: OsOptions
  /** System switches, e.g. `{ location: false }` (location services off). Default: all on. */
  switches?: SwitchOptions
  /** The WeChat app's version. */
  wechatVersion?: string
  /** Real-time voice rooms: groupId → the openIds in it, as wx.joinVoIPChat reports them in `openIdList`. */
  voipRooms?: Record<string, readonly string[]>
  /**
   * How many trace entries to keep (the latest; default: all). A long run (a soak test, a 10,000-call loop) keeps its
   * memory bounded with it; `rt.trace.dropped` counts what went, `rt.trace.clear()` forgets everything so far.
   */
  traceLimit?: number
  /** The mini program's folder (with app.json, app.js, pages/): its app.json is read, its pages run under `rt.open`. */
  app?: {
    root: string
    /**
     * App modules replaced for this runtime, by path from the root: `{ 'utils/api.js': { fetchUser } }`. Every
     * require / import / require.async / rt.require of that file gets these exports instead (a path the app
     * does not have is an error).
     */
    modules?: Readonly<Record<string, unknown>>
    /**
     * How the app's files are looked up. `'watch'` (default): once per process, kept until `fs.watch` reports a
     * change in their folder; a runtime on an app already seen makes no file-system call. A file rewritten by the
     * test's own synchronous code is seen once the event loop has turned (after any real I/O, or
     * `await new Promise((r) => setImmediate(r))` with real timers). `'stat'`: every runtime checks each file it uses,
     * so a file rewritten a moment ago is seen at once (for tests that rewrite the app as they go).
     */
    cache?: AppFilesCache
  }
  /** Values already in wx storage (after the scenario's own `storage`). */
  storage?: { readonly [key: string]: JsonValue }
  /** The mini program's cloud (云开发): cloud functions that answer wx.cloud.callFunction, its environments. */
  cloud?: CloudOptions
  /** Subscription messages: the templates the MP admin configured (an id not there fails 20001), the user's main switch and kept choices. */
  subscribeMessage?: SubscribeMessageOptions
  /** What is around the phone over Bluetooth: BLE peripherals (`rt.device.bluetooth.addPeripheral`), scan rules. */
  bluetooth?: BluetoothOptions
  /**
   * The device profile over the platform's (device/system-profiles.ts): `{ model: 'iPhone 15', screenWidth: 393 }`.
   * Every system API (getSystemInfoSync, getWindowInfo, getDeviceInfo, getAppBaseInfo, the menu button) reads it.
   */
  system?: SystemOptions
  /** How the app was opened: scene (default 1001), referrerInfo, shareTicket … (App.onLaunch, wx.getLaunchOptionsSync). */
  launch?: LaunchSettings
  /** The published version of the mini program, as wx.getAccountInfoSync reports it in a release build. */
  appVersion?: string
  /** The network the phone is on: 'wifi' (default), '4g', 'none' … (wx.getNetworkType; `rt.device.network.set`). */
  networkType?: NetworkType
  /** What WeChat's server says about a newer version: `{ hasUpdate: true, outcome: 'ready' | 'failed' }` (wx.getUpdateManager). */
  update?: UpdateScript
}

export interface Runtime {
  /** The fake `wx`. Pass it to code under test, or put it on globalThis with install(). */
  readonly wx: FakeWx
  /** The per-scope authorization store. */
  readonly auth: {
    get(scope: Scope): AuthState
    set(scope: Scope, state: AuthState): void
    /** authSetting as wx.getSetting would report it now. */
    authSetting(): Record<string, boolean>
  }
  /** The simulated user. */
  readonly user: {
    /** Merges standing answers. */
    answer(answers: UserAnswers): void
    /** The next prompt with no standing answer (with onUnansweredPrompt: 'wait', or awaited before it shows). */
    nextPrompt(): Promise<Prompt>
    /** Prompts on screen, unanswered. */
    readonly pending: readonly Prompt[]
    /** The user opens the settings page from the menu, on their own, and sets these switches. */
    changeSettings(toggles: SettingsToggles): void
    /** The user deletes the mini program from "recently used": every scope never asked again, privacy consent and
     *  wx storage gone, as on a fresh install. */
    deleteMiniProgram(): void
  }
  /** The phone: platform, base library, position (`moveTo`), WeChat's OS permissions (`os.set`), switches (`switches.set`). */
  readonly device: Device
  /** The privacy agreement. */
  readonly privacy: {
    /** The user taps `<button id="<buttonId>" open-type="agreePrivacyAuthorization">`: consent is recorded and the id
     *  is accepted by `resolve({ event: 'agree', buttonId })`. */
    tapAgreeButton(buttonId: string): void
    /** What wx.getPrivacySetting reports now. */
    readonly needAuthorization: boolean
    /** Calls held until the app's onNeedPrivacyAuthorization listener calls resolve, by API name. */
    readonly held: readonly string[]
  }
  /** The runtime's virtual clock. */
  readonly clock: Clock
  /**
   * Puts a scoped component on the page, as WXML would: `rt.mountComponent('camera', { devicePosition: 'front',
   * bindinitdone, binderror })`. It asks for its scopes like the client and reports through its handlers;
   * `await handle.ready` for its first events, `handle.unmount()` to remove it.
   */
  mountComponent<T extends ComponentTag>(tag: T, attributes?: ComponentAttributes[T], fixture?: ComponentFixtures[T]): ComponentHandles[T]
  /** wx storage as the app sees it (the same store wx.getStorage reads). */
  readonly storage: {
    /** A copy of the stored value, or undefined when the key is absent. */
    get(key: string): unknown
    /** Stores as wx.setStorageSync would, within the client's limits. */
    set(key: string, value: unknown): void
    /** Every key and value. */
    snapshot(): Record<string, unknown>
  }
  /** Local files that wx.uploadFile sends and wx.downloadFile saves. */
  readonly files: {
    write(path: string, data: string | ArrayBuffer | ArrayBufferView): void
    read(path: string): Uint8Array | undefined
    /** Bytes user files and saved files may hold together (200 MB, file-system guide); lower it to test the limit. */
    storageLimit: number
    /** Documents wx.openDocument opened, in order. */
    readonly openedDocuments: readonly OpenedDocument[]
  }
  /** Maps: the places wx.openLocation opened (`rt.maps.opened`), a mounted <map>'s centre, scale, markers (`rt.maps.get(id)`). */
  readonly maps: MapsView
  /** The page's <audio> / <video> players as wx.createAudioContext / wx.createVideoContext drive them, by id. */
  readonly players: PlayersView
  /**
   * Replaces the body of one API for this runtime (everything around it stays: parameter check, scope gate,
   * callbacks or Promise, trace). An asynchronous API's body returns `ok(payload)` or `failure(reason, errno)`.
   */
  override<N extends ApiName>(api: N, body: OverrideOf<N>): void
  /** Several overrides at once, msw-style: `rt.use({ getLocation: () => failure('…') })`. */
  use(overrides: Overrides): void
  /** Undoes overrides (all, or one API's) and any `mockImplementation` on the wx spies. */
  restore(api?: ApiName): void
  /** Runs `fn` as the handler of a user tap and returns its result. */
  tap<T>(fn: () => T): T
  /** Every prompt shown so far, in order, with its answer. */
  readonly prompts: readonly PromptRecord[]
  /**
   * Every call, result, prompt, answer and state change, in order (the latest `traceLimit` of them).
   * `rt.trace.clear()` forgets them (and the wx spies' call records); `rt.trace.dropped` counts entries dropped.
   */
  readonly trace: TraceView
  /**
   * The trace as text, one line per event (a scenario's history folded into one line; `{ history: true }`
   * lists it), or `{ format: 'mermaid' }` a sequenceDiagram, `{ format: 'html' }` a self-contained page.
   */
  timeline(options?: TimelineOptions): string
  /** Puts rt.wx on globalThis.wx, with App, Page, Component, Behavior, getApp and getCurrentPages. */
  install(): void
  /** Restores whatever those globals were before install(). */
  uninstall(): void
  /**
   * Resolves once pending deliveries (callbacks, listeners) have run, and what app code started from
   * lifecycle hooks has finished or waits for the user (a prompt).
   */
  settle(): Promise<void>
  /**
   * Opens the app at a page of the app folder, as the user launching it there: app.js runs, App onLaunch
   * → onShow, then the page's onLoad(query) → onShow → onReady. On a running app it re-launches: every
   * page unloads first. Needs `createRuntime({ app: { root } })` and `rt.install()`. `scene`: the scene value of a cold
   * launch (default: createRuntime({ launch })'s, else 1001).
   */
  open(path: string, options?: { query?: Record<string, string>; scene?: number }): Promise<PageHandle>
  /** The App: `instance` is what getApp() returns (undefined before app.js ran). */
  readonly app: { readonly instance: Record<string, unknown> | undefined; readonly launched: boolean }
  /** The page stack as handles, bottom first (what getCurrentPages() holds). */
  currentPages(): PageHandle[]
  /** The page on top of the stack. */
  currentPage(): PageHandle | undefined
  /** What the UI APIs left on screen: the toast slot and its history, the top page's navigation bar, the tab bar. */
  readonly ui: UiHandle
  /** The cloud (云开发): `use({ name: (event, context) => result })` deploys functions, `files` is cloud storage. */
  readonly cloud: CloudHandle
  /** The user's 订阅消息 settings (main switch, kept choices), as getSetting({ withSubscriptions: true }) reports them. */
  readonly subscriptions: SubscriptionsHandle
  /**
   * An app module (path from the app root: 'utils/api' or 'utils/api.js'), loaded as the client loads it, for
   * this runtime: its own copy (the one this run's pages share), wx / getApp globals in place while it loads.
   */
  require<T = unknown>(path: string): T
  /** The same as an ES module namespace (a CommonJS module's exports are its `default`); .mjs files load with import(). */
  import<T = Record<string, unknown>>(path: string): Promise<T>
  /** Replaces an app module for everything loaded from now on in this runtime (require, import, require.async, rt.require). */
  mockModule(path: string, exports: unknown): void
  /** What wx.reportEvent / reportAnalytics / reportMonitor / reportPerformance reported, in order. */
  readonly reports: readonly Report[]
  /**
   * This run as a bug bundle: options, the steps the test drove, every prompt with its answer, the network
   * exchanges (HAR-like) and the trace, as one versioned JSON object (`JSON.stringify` it to a `.fakewx.json`
   * file). Replay it with `replay(bundle)` or `npx fake-wx replay FILE`. App paths are relative to `base`
   * (default: the current directory); no absolute paths unless `absolutePaths: true`.
   */
  bundle(options?: BundleOptions): BugBundle
}

/** The dialog queue's start: one settled Promise shared by every runtime, not one per runtime (issue 14). */
const NO_DIALOG: Promise<unknown> = Promise.resolve()

export function createRuntime(given: RuntimeOptions = {}): Runtime {
  const options = sharedShape(given) // read ~30 times below: shared-shape.ts says why (issue 14)
  const folder = options.app && readAppFolder(options.app.root, options.app.cache)
  const { history, layers } = resolveLayers(options.scenario, options, options.scopes)
  // Object.assign into {}, not a literal of spreads: the spread made a map of its own per call, and resolveConfig's
  // ~25 reads of it each missed (issue 14: shared-shape.ts). The same own keys, in the same order.
  const config = resolveConfig(Object.assign({}, options, layers, folder ? { appJson: { ...folder.appJson, ...options.appJson } } : undefined))
  const clock = createClock()
  const trace = new Trace(clock, options.traceLimit)
  const core: RuntimeCore = {
    config,
    trace,
    clock,
    auth: new AuthStore(trace),
    user: new SimulatedUser(trace, options.onUnansweredPrompt ?? 'error'),
    device: new Device(trace, {
      platform: config.platform,
      SDKVersion: config.SDKVersion,
      envVersion: config.envVersion,
      position: options.position === undefined ? DEFAULT_POSITION : { ...DEFAULT_POSITION, ...options.position },
      os: layers.os,
      switches: layers.switches,
      ...(options.wechatVersion ? { wechatVersion: options.wechatVersion } : {}),
      ...(options.system ? { system: options.system } : {}),
      ...(options.networkType !== undefined ? { networkType: options.networkType } : {}),
    }),
    gesture: new Gesture(),
    events: new WxEvents(),
    dialogs: { tail: NO_DIALOG },
    state: new Map(),
  }
  startRecording(core, given)
  applyScenario(core, resolveScenario(history, options.scopes, config.appType))
  if (options.storage !== undefined) {
    checkStorage(options.storage)
    seedStorage(core, options.storage)
  }
  if (options.user) core.user.answer(options.user)
  if (options.voipRooms) setVoipRooms(core, options.voipRooms)
  if (options.cloud) setCloudOptions(core, options.cloud)
  if (options.subscribeMessage) setSubscribeOptions(core, options.subscribeMessage)
  // Only when given: the switch is made on first use (device.ts).
  if (options.bluetooth !== undefined) applyBluetoothOptions(core.device.bluetooth, options.bluetooth)
  if (options.launch) setLaunchSettings(core, options.launch)
  if (options.update) setUpdateScript(core, options.update)
  if (options.appVersion !== undefined) setAppVersion(core, options.appVersion, APP_VERSION_KEY)

  if (folder) setAppFolder(core, { ...folder, modules: options.app?.modules })
  const wx = createWx(core, API_DEFINITIONS) as unknown as FakeWx
  const rt: Runtime = new FakeRuntime(core, wx)
  setRuntimeOfWx(wx, rt)
  return rt
}

/** A runtime's internals, for fake-wx's own code and tests (not exported by 'fake-wx'). */
export function coreOf(rt: Runtime): RuntimeCore {
  const core = FakeRuntime.coreOf(rt)
  if (!core) throw new FakeWxError('coreOf needs a runtime made by createRuntime().')
  return core
}

/**
 * The runtime a fake `wx` belongs to (for matchers that accept either). Kept on the wx itself and the runtime
 * itself, not in module-level WeakMaps whose values pointed back at their keys (issue 14).
 */
export function runtimeOfWx(wx: unknown): Runtime | undefined {
  return runtimeOfWxObject(wx) as Runtime | undefined
}

