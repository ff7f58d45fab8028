// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getSystemInfoAsync.html
// Base library 2.14.1; "以 Promise 风格 调用：不支持" (H, doc): callbacks only. Same result as getSystemInfo,
// errMsg 'getSystemInfoAsync:ok'.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { systemInfoOf } from './system-info.ts'

export const getSystemInfoAsync = defineAsyncApi({
  name: 'getSystemInfoAsync',
  promise: false,
  run: (ctx) => ok(systemInfoOf(ctx)),
})
