// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.getDeviceInfo.html
// Base library 2.20.1; synchronous: { abi, deviceAbi, benchmarkLevel, brand, model, system, platform, cpuType,
// memorySize } (typings); abi, deviceAbi, cpuType "仅 Android 支持" (H).
import { defineSyncApi } from '../../facade/define-api.ts'
import { deviceInfoOf } from './system-info.ts'

export const getDeviceInfo = defineSyncApi({
  name: 'getDeviceInfo',
  run: (ctx) => deviceInfoOf(ctx),
})
