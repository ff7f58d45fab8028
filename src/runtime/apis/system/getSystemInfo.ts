// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getSystemInfo.html
// "获取系统信息"; Promise form; stopped being maintained from 2.20.1 (H). success: the same object as
// getSystemInfoSync plus errMsg 'getSystemInfo:ok'.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { systemInfoOf } from './system-info.ts'

export const getSystemInfo = defineAsyncApi({
  name: 'getSystemInfo',
  run: (ctx) => ok(systemInfoOf(ctx)),
})
