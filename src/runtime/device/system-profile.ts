/**
 * The resolved device profile: the platform's profile (system-profiles.ts) with the test's overrides
 * (`createRuntime({ system: { model: 'iPhone 15', screenWidth: 393 } })`), and the geometry every system API derives
 * from it, so getSystemInfoSync, getWindowInfo and getMenuButtonBoundingClientRect agree.
 *
 * Derivations (checked against the iPhone 14 Pro Max capture, H, and the DevTools 'iPhone 6/7/8' rect, M):
 * - windowWidth = screenWidth; windowHeight = screenHeight − statusBarHeight − navigationBarHeight (932−54−44 = 834);
 *   screenTop = statusBarHeight + navigationBarHeight (98): the window of a page with the default navigation bar. With
 *   app.json `window.navigationStyle: 'custom'` the window is the whole screen (windowHeight = screenHeight, screenTop 0;
 *   "navigationStyle 仅保留右上角胶囊按钮", reference/configuration/app.html, M for the numbers). Page-level
 *   navigationStyle and the tabBar's height are not modelled.
 * - safeArea = { top: safeAreaTop, bottom: screenHeight − safeAreaBottomInset, left 0, right screenWidth } (59 / 898).
 * - the menu button: right = screenWidth − marginRight, top = statusBarHeight + marginTop (DevTools: 368 / 24).
 */
import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Trace } from '../trace/trace.ts'
import type { Platform } from './platforms.ts'
import { SYSTEM_PROFILES, type MenuButtonGeometry, type SystemProfileOptions, type Theme } from './system-profiles.ts'

/** `createRuntime({ system })`: any profile field, plus the window size when a test wants it other than derived. */
export type SystemOptions = Partial<SystemProfileOptions> & { windowWidth?: number; windowHeight?: number }

export interface Rect {
  top: number
  left: number
  right: number
  bottom: number
  width: number
  height: number
}

const STRING_KEYS = ['brand', 'model', 'system', 'language', 'abi', 'deviceAbi', 'cpuType', 'PCKernelVersion'] as const
const NUMBER_KEYS = [
  'pixelRatio',
  'screenWidth',
  'screenHeight',
  'statusBarHeight',
  'navigationBarHeight',
  'safeAreaTop',
  'safeAreaBottomInset',
  'fontSizeSetting',
  'fontSizeScaleFactor',
  'benchmarkLevel',
  'memorySize',
  'windowWidth',
  'windowHeight',
] as const
const KNOWN = new Set<string>([...STRING_KEYS, ...NUMBER_KEYS, 'theme', 'enableDebug'])
/** benchmarkLevel may be -2 / -1 (documented values); every other number is a size or ratio. */
const MAY_BE_NEGATIVE = new Set<string>(['benchmarkLevel'])

type Change = { theme: Theme } | { size: { windowWidth: number; windowHeight: number } }

export class SystemProfile {
  readonly platform: Platform
  readonly values: Readonly<SystemProfileOptions>
  readonly #menu: MenuButtonGeometry
  readonly #window: { windowWidth?: number | undefined; windowHeight?: number | undefined }
  readonly #trace: Trace | undefined
  #theme: Theme
  #listeners: ((change: Change) => void)[] | undefined

  constructor(platform: Platform, options: SystemOptions = {}, trace?: Trace) {
    checkSystemOptions(options)
    const base = SYSTEM_PROFILES[platform]
    const { windowWidth, windowHeight, ...rest } = options
    this.platform = platform
    this.values = Object.freeze({ ...base.profile, ...rest })
    this.#menu = base.menu
    this.#window = { windowWidth, windowHeight }
    this.#theme = this.values.theme
    this.#trace = trace
  }

  /** The system theme now (the profile's until `setTheme`). */
  get theme(): Theme {
    return this.#theme
  }

  /** The user switches the phone to dark or light mode (wx.onThemeChange). Resolves once listeners ran. */
  setTheme(theme: Theme): Promise<void> {
    if (theme !== 'light' && theme !== 'dark') throw new FakeWxError(`rt.device.system.setTheme needs 'light' or 'dark', got ${JSON.stringify(theme)}.`)
    if (theme === this.#theme) return Promise.resolve()
    this.#theme = theme
    this.#trace?.record({ type: 'device', change: 'theme', value: theme })
    return this.#notify({ theme })
  }

  /** The window changes size (a rotation with "pageOrientation": "auto", a PC window resized): wx.onWindowResize. */
  resizeWindow(size: { windowWidth: number; windowHeight: number }): Promise<void> {
    const bad = (['windowWidth', 'windowHeight'] as const).find((k) => !(typeof size?.[k] === 'number' && size[k] > 0))
    if (bad) throw new FakeWxError(`rt.device.system.resizeWindow needs a positive ${bad}.`)
    this.#window.windowWidth = size.windowWidth
    this.#window.windowHeight = size.windowHeight
    this.#trace?.record({ type: 'device', change: 'windowSize', value: { ...size } })
    return this.#notify({ size: { windowWidth: size.windowWidth, windowHeight: size.windowHeight } })
  }

  /** Runtime internals: theme and window-size changes. */
  onChange(listener: (change: Change) => void): void {
    ;(this.#listeners ??= []).push(listener)
  }

  #notify(change: Change): Promise<void> {
    return Promise.resolve().then(() => {
      for (const listener of [...(this.#listeners ?? [])]) listener(change)
    })
  }

  get windowWidth(): number {
    return this.#window.windowWidth ?? this.values.screenWidth
  }

  /** The window under the navigation bar; with `"navigationStyle": "custom"` the page draws its own, the window is the screen. */
  windowHeight(customNavigation = false): number {
    return this.#window.windowHeight ?? this.values.screenHeight - this.screenTop(customNavigation)
  }

  /** "窗口上边缘的y值": under the status bar and the navigation bar, or 0 with a custom navigation bar. */
  screenTop(customNavigation = false): number {
    return customNavigation ? 0 : this.values.statusBarHeight + this.values.navigationBarHeight
  }

  safeArea(): Rect {
    const v = this.values
    const bottom = v.screenHeight - v.safeAreaBottomInset
    return { top: v.safeAreaTop, left: 0, right: v.screenWidth, bottom, width: v.screenWidth, height: bottom - v.safeAreaTop }
  }

  menuButton(): Rect {
    const m = this.#menu
    const right = this.values.screenWidth - m.marginRight
    const top = this.values.statusBarHeight + m.marginTop
    return { top, left: right - m.width, right, bottom: top + m.height, width: m.width, height: m.height }
  }
}

function checkSystemOptions(options: SystemOptions): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new FakeWxError(`createRuntime({ system }) needs an object of device fields, got ${JSON.stringify(options)}.`)
  }
  for (const [key, value] of Object.entries(options) as [string, unknown][]) {
    if (!KNOWN.has(key)) {
      throw new FakeWxError(`createRuntime({ system }): unknown field ${JSON.stringify(key)}.`, `Fields: ${[...KNOWN].join(', ')}.`)
    }
    if ((STRING_KEYS as readonly string[]).includes(key) && typeof value !== 'string') {
      throw new FakeWxError(`createRuntime({ system }): ${key} must be a string, got ${JSON.stringify(value)}.`)
    }
    if ((NUMBER_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || (value < 0 && !MAY_BE_NEGATIVE.has(key))) {
        throw new FakeWxError(`createRuntime({ system }): ${key} must be a non-negative number, got ${JSON.stringify(value)}.`)
      }
    }
    if (key === 'theme' && value !== 'light' && value !== 'dark') {
      throw new FakeWxError(`createRuntime({ system }): theme must be 'light' or 'dark', got ${JSON.stringify(value)}.`)
    }
    if (key === 'enableDebug' && typeof value !== 'boolean') {
      throw new FakeWxError(`createRuntime({ system }): enableDebug must be true or false, got ${JSON.stringify(value)}.`)
    }
  }
}
