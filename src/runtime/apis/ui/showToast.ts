// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showToast.html
// 显示消息提示框. `title` required; `icon` success (default) / error (2.14.1) / loading / none (1.9.0); `image` (1.1.0)
// "的优先级高于 icon"; `duration` default 1500 ms, on the runtime clock (rt.clock.advance); `mask` default false (doc, H).
// The title limits ("此时 title 文本最多显示 7 个汉字长度", none: "最多可显示两行") are about display: the client cuts
// the text on screen, the call still succeeds; the full title is kept (rt.ui.toast.title).
// An icon the base library does not know is shown as 'success' (early WAService.js:
// `["success","loading"].indexOf(icon) < 0 && (icon = "success")`, H for that version, M today).
// One slot with wx.showLoading: toast-slot.ts.
import { compareVersion } from '../../versions/compare-version.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { showInSlot, type ToastIcon } from './toast-slot.ts'

/** Each icon and the base library that first shows it (doc's 合法值 table, H). */
const ICON_SINCE: Readonly<Record<ToastIcon, string>> = { success: '1.0.0', loading: '1.0.0', none: '1.9.0', error: '2.14.1' }

export const showToast = defineAsyncApi({
  name: 'showToast',
  params: { title: 'String!', icon: 'String', image: 'String', duration: 'Number', mask: 'Boolean' },
  run(ctx, o) {
    const asked = (o.icon ?? 'success') as string
    const since = ICON_SINCE[asked as ToastIcon] as string | undefined
    const icon: ToastIcon = since && compareVersion(ctx.config.SDKVersion, since) >= 0 ? (asked as ToastIcon) : 'success'
    showInSlot(ctx, {
      kind: 'toast',
      title: o.title,
      icon,
      ...(o.image !== undefined ? { image: o.image } : {}),
      mask: o.mask ?? false,
      duration: o.duration ?? 1500,
      shownAt: ctx.clock.now(),
    })
    return ok({})
  },
})
