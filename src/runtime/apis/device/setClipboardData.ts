// https://developers.weixin.qq.com/miniprogram/dev/api/device/clipboard/wx.setClipboardData.html
// "设置系统剪贴板的内容。调用成功后，会弹出 toast 提示"内容已复制"，持续 1.5s" (H). Promise form. A privacy API
// (privacy-apis.ts `clipboard`): the privacy gate runs first. data must be a String ("parameter.data should be
// String instead of Number;", errno 1001: the facade's parameter check).
// The toast (a success toast, as screenshots of it show: M) takes the one toast slot (apis/ui/toast-slot.ts): rt.ui.toast shows it, wx.hideToast can close it.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { showInSlot } from '../ui/toast-slot.ts'

export const CLIPBOARD_TOAST = { title: '内容已复制', duration: 1500 } as const

export const setClipboardData = defineAsyncApi({
  name: 'setClipboardData',
  params: { data: 'String!' },
  run(ctx, o) {
    ctx.device.clipboard.text = o.data
    ctx.trace.record({ type: 'device', change: 'clipboard', value: o.data })
    showInSlot(ctx, { kind: 'toast', title: CLIPBOARD_TOAST.title, icon: 'success', mask: false, duration: CLIPBOARD_TOAST.duration, shownAt: ctx.clock.now() })
    return ok({})
  },
})
