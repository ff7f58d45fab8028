// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.getPrivacySetting.html
// Base library 2.32.3; "以 Promise 风格 调用：不支持" (typings `: void`, research.md §1.6, H).
// { needAuthorization, privacyContractName } [T:6211-6217].
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { needsAuthorization, privacyOf } from '../../privacy/privacy-state.ts'

export const getPrivacySetting = defineAsyncApi({
  name: 'getPrivacySetting',
  promise: false,
  run(ctx) {
    // DevTools "often returns needAuthorization:false" (community, research.md §6.2 M): only with
    // `devtools: { privacySetting: 'never-needs-authorization' }`; by default the documented answer (H).
    const lenient = ctx.config.platform === 'devtools' && ctx.config.devtools.privacySetting === 'never-needs-authorization'
    return ok({ needAuthorization: !lenient && needsAuthorization(privacyOf(ctx)), privacyContractName: ctx.config.privacy.contractName })
  },
})
