// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/user-info/wx.getUserInfo.html
// Mini programs: scope.userInfo is withdrawn (since 2021-04-28, [USERINFO-2021], H): no dialog, and the data
// is anonymous (nickName "微信用户", the grey avatar, gender 0, empty city/province/country; user-info-data.ts).
// Mini games (`createRuntime({ appType: 'minigame' })`, "小游戏可继续调用"): the real profile
// (`rt.device.account.userInfo`) once scope.userInfo is granted; without it no dialog (since 2018-04-30,
// "将无法弹出授权询问框，默认调用失败") and a failure: "getUserInfo:fail scope unauthorized" in DevTools,
// "getUserInfo:fail auth deny" on phones (community thread 000c08b95b43186d678af894051c00, M).
import { authDeny } from '../../auth/scope-gate.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { anonymousUserInfo, realUserInfo, userInfoPayload } from './user-info-data.ts'

export const getUserInfo = defineAsyncApi({
  name: 'getUserInfo',
  params: { withCredentials: 'Boolean', lang: 'String' },
  scope: (ctx) => (ctx.config.appType === 'minigame' ? undefined : 'scope.userInfo'),
  run(ctx, { withCredentials, lang }) {
    if (ctx.config.appType !== 'minigame') return ok(userInfoPayload(ctx, anonymousUserInfo(), { withCredentials, withIds: true }))
    if (ctx.auth.get('scope.userInfo') !== 'granted') {
      return ctx.config.platform === 'devtools' ? failure('scope unauthorized') : authDeny(ctx)
    }
    return ok(userInfoPayload(ctx, realUserInfo(ctx, lang), { withCredentials, withIds: true }))
  },
})
