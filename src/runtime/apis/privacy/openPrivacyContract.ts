// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.openPrivacyContract.html
// Base library 2.32.3; no Promise form. Opens the 《隐私保护指引》 page; success means it opened
// (research.md §6.2, H). Reading it decides nothing, so the simulated user is not asked.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const openPrivacyContract = defineAsyncApi({
  name: 'openPrivacyContract',
  promise: false,
  run(ctx) {
    ctx.trace.record({ type: 'note', text: `the user sees ${ctx.config.privacy.contractName}` })
    return ok({})
  },
})
