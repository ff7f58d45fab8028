// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html
// The user answers; `content` is the text typed in an editable modal. The user's tap on a modal
// button counts as a tap gesture for the callbacks (user/gestures.ts GESTURE_SOURCES).
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { canIUse } from '../../versions/api-versions.ts'

export const showModal = defineAsyncApi({
  name: 'showModal',
  params: {
    title: 'String',
    content: 'String',
    showCancel: 'Boolean',
    cancelText: 'String',
    cancelColor: 'String',
    confirmText: 'String',
    confirmColor: 'String',
    editable: 'Boolean',
    placeholderText: 'String',
  },
  async run(ctx, o) {
    // Button texts: at most 4 Chinese characters (doc: "最多 4 个字符"). The client's wording is seen in
    // shipped code and in DevTools reports; a client clone measures width with CJK as 2 and ASCII as 1,
    // limit 8 (public code found by search, M), so 'Confirm' passes and '复制邀请码' fails.
    for (const key of ['confirmText', 'cancelText'] as const) {
      const text = o[key]
      if (text !== undefined && buttonWidth(text) > 8) return failure(`${key} length should not larger than 4 Chinese characters`)
    }
    const showCancel = o.showCancel ?? true
    // editable (and placeholderText) need base library 2.17.1: "自基础库 2.17.1 版本起，支持传入 editable 参数，显示带输入框的弹窗"
    // (https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html, H; typings @2.17.1).
    // An older base library ignores the option: no input, no content in the result.
    const editable = (o.editable ?? false) && canIUse('showModal.object.editable', ctx.config.SDKVersion) === true
    const answer = await ctx.user.ask('modal', 'showModal', {
      title: o.title ?? '',
      content: o.content ?? '',
      showCancel,
      confirmText: o.confirmText ?? '确定',
      cancelText: o.cancelText ?? '取消',
      editable,
    })
    const confirm = answer === 'confirm' || (typeof answer === 'object' && answer.confirm)
    if (!confirm && !showCancel) {
      throw new FakeWxError(
        `The modal "${o.title ?? ''}" has no cancel button (showCancel: false), so the user cannot cancel it.`,
        `Answer it with 'confirm'.`,
      )
    }
    const content = typeof answer === 'object' ? (answer.content ?? '') : ''
    return ok({ confirm, cancel: !confirm, ...(editable ? { content: confirm ? content : '' } : {}) } as PayloadOf<'showModal'>)
  },
})

/** Half-width units: ASCII counts 1, anything wider 2. */
function buttonWidth(text: string): number {
  let width = 0
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 1 : 2
  return width
}
