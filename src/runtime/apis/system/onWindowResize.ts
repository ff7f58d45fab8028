// https://developers.weixin.qq.com/miniprogram/dev/api/ui/window/wx.onWindowResize.html
// Base library 2.3.0; "监听窗口尺寸变化事件": listeners get { size: { windowWidth, windowHeight } } (typings, H).
// The window changes: `rt.device.system.resizeWindow({ windowWidth, windowHeight })`; getWindowInfo reports the new size.
import { deviceEventApis } from '../device/event-bridge.ts'

export const [onWindowResize, offWindowResize] = deviceEventApis('onWindowResize', 'offWindowResize', (ctx, emit) =>
  ctx.device.system.onChange((change) => {
    if ('size' in change) emit({ size: change.size })
  }),
)
