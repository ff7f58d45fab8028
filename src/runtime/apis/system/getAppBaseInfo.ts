// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getAppBaseInfo.html
// Base library 2.20.1; synchronous: { SDKVersion, enableDebug, host, language, version, theme, fontSizeSetting,
// fontSizeScaleFactor, PCKernelVersion } (typings, H). `version` is WeChat's, `SDKVersion` the base library's.
import { defineSyncApi } from '../../facade/define-api.ts'
import { appBaseInfoOf } from './system-info.ts'

export const getAppBaseInfo = defineSyncApi({
  name: 'getAppBaseInfo',
  run: (ctx) => appBaseInfoOf(ctx),
})
