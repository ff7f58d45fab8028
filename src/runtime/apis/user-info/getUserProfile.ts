// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/user-info/wx.getUserProfile.html
// Base library 2.10.4; not in plugins. "页面产生点击事件…后才可调用，每次请求都会弹出授权窗口" (H): tap only
// (user/gestures.ts TAP_ONLY_APIS), the `getUserProfile` dialog on every call, nothing stored in authSetting.
//  - desc is required, "不超过30个字符"; too long (or empty): "getUserProfile:fail desc length does not meet the
//    requirements" (M: apps handle exactly this text; one reports the limit counted in bytes — L, not modelled);
//  - refused: "getUserProfile:fail auth deny" (M, research.md §4.2);
//  - allowed: the anonymous profile since 2022-11-08 ([PROFILE-2022], H); real data on base libraries before
//    2.27.1 and in mini games (user-info-data.ts).
import { authDeny, withDialog } from '../../auth/scope-gate.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { anonymousUserInfo, profileIsReal, realUserInfo, userInfoPayload } from './user-info-data.ts'

export const DESC_MAX_LENGTH = 30

export const getUserProfile = defineAsyncApi({
  name: 'getUserProfile',
  params: { desc: 'String!', lang: 'String' },
  async run(ctx, { desc, lang }) {
    const length = [...desc].length
    if (length === 0 || length > DESC_MAX_LENGTH) return failure('desc length does not meet the requirements')
    const answer = await withDialog(ctx, () => ctx.user.ask('getUserProfile', ctx.api, { desc }))
    if (answer === 'deny') return authDeny(ctx)
    return ok(userInfoPayload(ctx, profileIsReal(ctx) ? realUserInfo(ctx, lang) : anonymousUserInfo(), { withIds: false }))
  },
})
