// https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.getClipboardData.html
// "获取系统剪贴板的内容": success { data } (H). Promise form. A privacy API (privacy-apis.ts `clipboard`).
// The clipboard is the phone's: what the app set, or what a test put there (`rt.device.clipboard.text = '…'`).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const getClipboardData = defineAsyncApi({
  name: 'getClipboardData',
  run: (ctx) => ok({ data: ctx.device.clipboard.text }),
})
