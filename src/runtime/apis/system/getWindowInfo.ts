// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getWindowInfo.html
// Base library 2.20.1; synchronous: { pixelRatio, screenWidth, screenHeight, windowWidth, windowHeight,
// statusBarHeight, safeArea, screenTop } (typings, H), from the device profile (device/system-profile.ts).
import { defineSyncApi } from '../../facade/define-api.ts'
import { windowInfoOf } from './system-info.ts'

export const getWindowInfo = defineSyncApi({
  name: 'getWindowInfo',
  run: (ctx) => windowInfoOf(ctx),
})
