// What the system-information APIs return, built from one device profile (device/system-profile.ts), the
// config (platform, SDKVersion), the WeChat version, WeChat's OS permissions and the system switches, so
// getSystemInfoSync = getWindowInfo + getDeviceInfo + getAppBaseInfo + getSystemSetting + the authorize booleans,
// as base library 2.20.1 split it (wx.getSystemInfoSync.html: "从基础库 2.20.1 开始，本接口停止维护，请使用
// wx.getSystemSetting、wx.getAppAuthorizeSetting、wx.getDeviceInfo、wx.getWindowInfo、wx.getAppBaseInfo 代替", H).
import type { RuntimeCore } from '../../core.ts'
import { getAppAuthorizeSetting } from './getAppAuthorizeSetting.ts'
import { getSystemSetting } from './getSystemSetting.ts'
import type { ApiContext } from '../../core.ts'

const isPC = (core: RuntimeCore) => core.config.platform === 'windows' || core.config.platform === 'mac'

export function windowInfoOf(core: RuntimeCore): WechatMiniprogram.WindowInfo {
  const p = core.device.system
  const v = p.values
  const custom = core.config.appJson.window?.navigationStyle === 'custom'
  return {
    pixelRatio: v.pixelRatio,
    screenWidth: v.screenWidth,
    screenHeight: v.screenHeight,
    windowWidth: p.windowWidth,
    windowHeight: p.windowHeight(custom),
    statusBarHeight: v.statusBarHeight,
    safeArea: p.safeArea(),
    screenTop: p.screenTop(custom),
  }
}

/** abi, deviceAbi and cpuType are "仅 Android 支持": the iOS capture has none of them (H). */
export function deviceInfoOf(core: RuntimeCore): WechatMiniprogram.DeviceInfo {
  const v = core.device.system.values
  const android = core.config.platform === 'android'
  return {
    ...(android ? { abi: v.abi, deviceAbi: v.deviceAbi, cpuType: v.cpuType } : {}),
    benchmarkLevel: v.benchmarkLevel,
    brand: v.brand,
    // The typings say string; a real iPhone returns a number (capture: memorySize: 5624).
    memorySize: v.memorySize as unknown as string,
    model: v.model,
    platform: core.config.platform,
    system: v.system,
  } as WechatMiniprogram.DeviceInfo
}

/**
 * theme: "全局配置"darkmode":true时才能获取，否则为 undefined" (H, doc). host: `{ env: 'WeChat', appId: '' }` in
 * WeChat itself (capture, H). PCKernelVersion: "仅在 PC 端存在该值".
 */
export function appBaseInfoOf(core: RuntimeCore): WechatMiniprogram.AppBaseInfo {
  const v = core.device.system.values
  return {
    SDKVersion: core.config.SDKVersion,
    enableDebug: v.enableDebug,
    host: { env: 'WeChat', appId: '' } as WechatMiniprogram.AppBaseInfoHost,
    language: v.language,
    version: core.device.wechatVersion,
    fontSizeSetting: v.fontSizeSetting,
    fontSizeScaleFactor: v.fontSizeScaleFactor,
    ...(core.config.appJson.darkmode === true ? { theme: core.device.system.theme } : {}),
    ...(isPC(core) ? { PCKernelVersion: v.PCKernelVersion } : {}),
  } as WechatMiniprogram.AppBaseInfo
}

/**
 * The authorize fields of getSystemInfo are booleans ("允许微信使用定位的开关", typings; the capture shows
 * `locationAuthorized: true`): true when WeChat's OS permission is 'authorized'. Fields getAppAuthorizeSetting
 * leaves out on a platform (album and notification details off iOS) are left out here too.
 */
function authorizeBooleansOf(ctx: ApiContext): Record<string, boolean> {
  const setting = getAppAuthorizeSetting.run(ctx) as unknown as Record<string, unknown>
  const out: Record<string, boolean> = {}
  for (const [key, value] of Object.entries(setting)) out[key] = key === 'locationReducedAccuracy' ? value === true : value === 'authorized'
  return out
}

export function systemInfoOf(ctx: ApiContext): WechatMiniprogram.SystemInfo {
  return {
    ...deviceInfoOf(ctx),
    ...windowInfoOf(ctx),
    ...appBaseInfoOf(ctx),
    ...getSystemSetting.run(ctx),
    ...authorizeBooleansOf(ctx),
  } as unknown as WechatMiniprogram.SystemInfo
}
