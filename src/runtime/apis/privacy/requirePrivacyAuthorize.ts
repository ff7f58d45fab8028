// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.requirePrivacyAuthorize.html
// Base library 2.32.3; no Promise form. "模拟隐私接口调用": already agreed (or nothing declared) → success at once,
// no onNeedPrivacyAuthorization event; otherwise the same flow as a privacy API — the app's listener, or the
// official popup when none is registered (research.md §6.2, H/M). Refusal: errno 104 (M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { askPrivacy, privacyRefusal } from '../../privacy/privacy-gate.ts'
import { needsAuthorization, privacyOf } from '../../privacy/privacy-state.ts'

export const requirePrivacyAuthorize = defineAsyncApi({
  name: 'requirePrivacyAuthorize',
  promise: false,
  async run(ctx) {
    if (!needsAuthorization(privacyOf(ctx))) return ok({})
    const answer = await askPrivacy(ctx, ctx.api)
    return answer === 'agree' ? ok({}) : privacyRefusal(answer)
  },
})
