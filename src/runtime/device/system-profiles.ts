/**
 * The phone as the system-information APIs describe it, one profile per platform (platforms.ts). Every
 * system API (getSystemInfoSync, getWindowInfo, getDeviceInfo, getAppBaseInfo, getMenuButtonBoundingClientRect)
 * reads the same resolved profile (system-profile.ts), so they agree with each other.
 *
 * Sources, per profile:
 * - ios: a getSystemInfoSync / getDeviceInfo result captured on an iPhone 14 Pro Max (WeChat 8.0.59, base library
 *   3.8.8), pasted in public code that replays it (model 'iPhone 14 Pro Max<iPhone15,3>', 430×932 @3, statusBarHeight
 *   54, safeArea top 59 bottom 898, windowHeight 834, screenTop 98, fontSizeSetting 17, memorySize 5624,
 *   benchmarkLevel -1) (H for the values: a real device's output).
 * - devtools: the DevTools default simulator 'iPhone 6/7/8' (brand 'devtools', 'iOS 10.0.1', 375×667 @2,
 *   statusBarHeight 20, fontSizeSetting 16, memorySize 2048), as component libraries' test setups copy it from
 *   DevTools, with its menu button {top 24, left 281, right 368, bottom 56, width 87, height 32} (M, public code).
 * - android: a Xiaomi 14 as WeChat reports it (brand 'Xiaomi', model '23127PN0CC', 'Android 14', benchmarkLevel 31,
 *   memorySize 7215), from device records in a public rendering-downgrade library's tests (M); the screen geometry is
 *   typical of such a phone, not a capture (L).
 * - DevTools reports benchmarkLevel -1 ("性能等级当前仅反馈真机机型，暂不支持 IDE 模拟器机型", typings; the same records, M).
 * - windows, mac: PC WeChat's mini program window (L: no capture found).
 */
import type { Platform } from './platforms.ts'

export type Theme = 'light' | 'dark'

/** What a test may set with `createRuntime({ system: { … } })`; everything else is derived from these. */
export interface SystemProfileOptions {
  /** Device brand, e.g. 'iPhone', 'Xiaomi', 'devtools'. */
  brand: string
  /** Device model as WeChat reports it; iOS adds the hardware id: 'iPhone 14 Pro Max<iPhone15,3>'. */
  model: string
  /** Operating system and version: 'iOS 17.1.2', 'Android 14'. */
  system: string
  pixelRatio: number
  /** Screen size in px (logical pixels), portrait. */
  screenWidth: number
  screenHeight: number
  statusBarHeight: number
  /** Height of the navigation bar under the status bar (44 on iOS, 48 on Android, H: common knowledge of the client). */
  navigationBarHeight: number
  /** Safe area insets in portrait: the top one can exceed statusBarHeight (59 vs 54 on the capture). */
  safeAreaTop: number
  safeAreaBottomInset: number
  /** WeChat's language setting: 'zh_CN', 'en', 'zh_TW'. */
  language: string
  /** 我-设置-通用-字体大小, in px. */
  fontSizeSetting: number
  fontSizeScaleFactor: number
  /** The system theme; reported only when app.json has "darkmode": true. */
  theme: Theme
  /** Android only; iOS and DevTools report -1 (capture) or 1 (DevTools). */
  benchmarkLevel: number
  /** Device memory in MB. The typings say string; the capture shows a number (5624), which is what this fake returns. */
  memorySize: number
  /** Android only: WeChat's ABI, the device's ABI, the CPU. */
  abi: string
  deviceAbi: string
  cpuType: string
  /** PC only. */
  PCKernelVersion: string
  /** Whether debug mode is on (right-top menu or wx.setEnableDebug). */
  enableDebug: boolean
}

/** The menu button ("capsule") geometry: the same on every phone relative to the screen's right edge (M). */
export interface MenuButtonGeometry {
  width: number
  height: number
  /** Gap between the capsule's right edge and the screen's. */
  marginRight: number
  /** Gap between the status bar's bottom and the capsule's top. */
  marginTop: number
}

const IOS_MENU: MenuButtonGeometry = { width: 87, height: 32, marginRight: 7, marginTop: 4 }
/** Android: the capsule is centred in the 48 px navigation bar (L). */
const ANDROID_MENU: MenuButtonGeometry = { width: 87, height: 32, marginRight: 10, marginTop: 8 }

const PHONE = { fontSizeScaleFactor: 1, theme: 'light', enableDebug: false, PCKernelVersion: '', language: 'zh_CN' } as const
const NO_ANDROID = { abi: '', deviceAbi: '', cpuType: '' } as const

/** What the PC clients (Windows, mac) share: a phone-sized window, no status bar or safe-area insets (L: no capture). */
const PC_WINDOW = {
  screenWidth: 414,
  screenHeight: 736,
  statusBarHeight: 0,
  navigationBarHeight: 44,
  safeAreaTop: 0,
  safeAreaBottomInset: 0,
  fontSizeSetting: 16,
  benchmarkLevel: -1,
  memorySize: 16384,
  PCKernelVersion: '9129',
} as const

export const SYSTEM_PROFILES: Readonly<Record<Platform, { readonly profile: SystemProfileOptions; readonly menu: MenuButtonGeometry }>> = {
  ios: {
    profile: {
      ...PHONE,
      ...NO_ANDROID,
      brand: 'iPhone',
      model: 'iPhone 14 Pro Max<iPhone15,3>',
      system: 'iOS 17.1.2',
      pixelRatio: 3,
      screenWidth: 430,
      screenHeight: 932,
      statusBarHeight: 54,
      navigationBarHeight: 44,
      safeAreaTop: 59,
      safeAreaBottomInset: 34,
      fontSizeSetting: 17,
      benchmarkLevel: -1,
      memorySize: 5624,
    },
    menu: IOS_MENU,
  },
  android: {
    profile: {
      ...PHONE,
      brand: 'Xiaomi',
      model: '23127PN0CC',
      system: 'Android 14',
      pixelRatio: 3,
      screenWidth: 400,
      screenHeight: 890,
      statusBarHeight: 36,
      navigationBarHeight: 48,
      safeAreaTop: 36,
      safeAreaBottomInset: 0,
      fontSizeSetting: 16,
      benchmarkLevel: 31,
      memorySize: 7215,
      abi: 'arm64-v8a',
      deviceAbi: 'arm64-v8a',
      cpuType: 'Qualcomm Technologies, Inc SM8650',
    },
    menu: ANDROID_MENU,
  },
  devtools: {
    profile: {
      ...PHONE,
      ...NO_ANDROID,
      brand: 'devtools',
      model: 'iPhone 6/7/8',
      system: 'iOS 10.0.1',
      pixelRatio: 2,
      screenWidth: 375,
      screenHeight: 667,
      statusBarHeight: 20,
      navigationBarHeight: 44,
      safeAreaTop: 20,
      safeAreaBottomInset: 0,
      fontSizeSetting: 16,
      benchmarkLevel: -1,
      memorySize: 2048,
    },
    menu: IOS_MENU,
  },
  windows: {
    profile: {
      ...PHONE,
      ...NO_ANDROID,
      brand: 'microsoft',
      model: 'microsoft',
      system: 'Windows 11 x64',
      pixelRatio: 1,
      ...PC_WINDOW,
    },
    menu: IOS_MENU,
  },
  mac: {
    profile: {
      ...PHONE,
      ...NO_ANDROID,
      brand: 'apple',
      model: 'MacBookPro18,3',
      system: 'macOS 14.5',
      pixelRatio: 2,
      ...PC_WINDOW,
    },
    menu: IOS_MENU,
  },
}
