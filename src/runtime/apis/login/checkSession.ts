// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/login/wx.checkSession.html
// "检查登录态 session_key 是否过期 … 登录态过期后开发者可以再调用 wx.login 获取新的用户登录态。调用成功说明当前
// session_key 未过期，调用失败说明 session_key 已过期" (H). Promise form. Expiry is the test's to say
// (`rt.device.account.expireSession()`); the next wx.login renews the session.
// The session a user has from an earlier launch counts: a runtime that never called wx.login has one (the client
// keeps it between launches, as open-data/session.ts earlierSessionKey assumes) (M).
// Fail text: 'checkSession:fail session time out, need relogin' (M: public code that replays it; DevTools shows it as
// "系统错误，错误码：-13001,session time out…d relogin" in shipped comments).
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const checkSession = defineAsyncApi({
  name: 'checkSession',
  run(ctx) {
    if (ctx.device.account.sessionExpired) return failure('session time out, need relogin')
    return ok({})
  },
})
