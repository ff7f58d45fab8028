// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getSystemInfoSync.html
// "wx.getSystemInfo 的同步版本"; stopped being maintained from base library 2.20.1 (use getSystemSetting,
// getAppAuthorizeSetting, getDeviceInfo, getWindowInfo, getAppBaseInfo), still there and still what most app.js
// files call first (H). Returns the merged object (system-info.ts).
import { defineSyncApi } from '../../facade/define-api.ts'
import { systemInfoOf } from './system-info.ts'

export const getSystemInfoSync = defineSyncApi({
  name: 'getSystemInfoSync',
  run: (ctx) => systemInfoOf(ctx),
})
