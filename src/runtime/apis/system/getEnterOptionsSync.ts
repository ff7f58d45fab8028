// https://developers.weixin.qq.com/miniprogram/dev/api/base/app/life-cycle/wx.getEnterOptionsSync.html
// Base library 2.9.4; "获取本次小程序启动时的参数。如果当前是冷启动，则返回值与 App.onLaunch 的回调参数一致；
// 如果当前是热启动，则返回值与 App.onShow 一致" (H). The host keeps the options of the last show.
import { defineSyncApi } from '../../facade/define-api.ts'
import { currentLaunchOptions } from './getLaunchOptionsSync.ts'

export const getEnterOptionsSync = defineSyncApi({
  name: 'getEnterOptionsSync',
  run: (ctx) => currentLaunchOptions(ctx) as unknown as WechatMiniprogram.LaunchOptionsApp,
})
