// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/login/wx.login.html
// Success: { code }. The code is exchanged by the app's backend at jscode2session (fake-wx/msw answers it)
// for the openid and the session_key that open data (encrypt.ts) is encrypted with.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { issueCode } from '../../open-data/session.ts'

export const login = defineAsyncApi({
  name: 'login',
  params: { timeout: 'Number' },
  run(ctx) {
    ctx.device.account.sessionExpired = false // a new login is a new session (wx.checkSession doc)
    return ok({ code: issueCode(ctx).code })
  },
})
