// https://developers.weixin.qq.com/miniprogram/dev/api/base/app/app-event/wx.onThemeChange.html
// Base library 2.11.0; "监听系统主题改变事件 … 只有在全局配置"darkmode": true时才会触发此事件" (H): listeners get
// { theme }. The user switches: `rt.device.system.setTheme('dark')`.
import { deviceEventApis } from '../device/event-bridge.ts'

export const [onThemeChange, offThemeChange] = deviceEventApis('onThemeChange', 'offThemeChange', (ctx, emit) =>
  ctx.device.system.onChange((change) => {
    if ('theme' in change && ctx.config.appJson.darkmode === true) emit({ theme: change.theme })
  }),
)
