// https://developers.weixin.qq.com/miniprogram/dev/api/base/app/life-cycle/wx.getLaunchOptionsSync.html
// Base library 2.1.2; "获取小程序启动时的参数。与 App.onLaunch 的回调参数一致" (H): path, query, scene,
// referrerInfo, shareTicket, chatType, apiCategory. Under the page host it is the options App.onLaunch got
// (rt.open(path, { query }) and createRuntime({ launch })); without an app run, a launch at app.json's home page.
import { defineSyncApi } from '../../facade/define-api.ts'
import { homePageOf } from '../../host/app-json.ts'
import { hostOf } from '../../host/host.ts'
import type { ApiContext } from '../../core.ts'
import { launchOptionsFor } from './launch-settings.ts'

/** The options of the current run: the host's when the app launched, else a launch at the home page. */
export function currentLaunchOptions(ctx: ApiContext): WechatMiniprogram.App.LaunchShowOption {
  const shown = hostOf(ctx).app.showOptions
  if (shown) return structuredClone(shown)
  return launchOptionsFor(ctx, homePageOf(ctx.config.appJson) ?? '', {})
}

export const getLaunchOptionsSync = defineSyncApi({
  name: 'getLaunchOptionsSync',
  run: (ctx) => currentLaunchOptions(ctx) as unknown as WechatMiniprogram.LaunchOptionsApp,
})
