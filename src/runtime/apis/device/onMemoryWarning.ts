// https://developers.weixin.qq.com/miniprogram/dev/api/device/memory/wx.onMemoryWarning.html
// "监听内存不足告警事件。当 iOS/Android 向小程序进程发出内存警告时，触发该事件"; `level` "只有 Android 才有"
// (5 / 10 / 15, the TRIM_MEMORY_RUNNING_* values) (typings, H). The test: `rt.device.memory.warn(10)`.
import { deviceEventApis } from './event-bridge.ts'

export const [onMemoryWarning, offMemoryWarning] = deviceEventApis('onMemoryWarning', 'offMemoryWarning', (ctx, emit) =>
  ctx.device.memory.onWarning((level) => emit(ctx.config.platform === 'android' ? { level } : {})),
)
