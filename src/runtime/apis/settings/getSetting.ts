// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/setting/wx.getSetting.html
// "返回值中只会出现小程序已经向用户请求过的权限" (H). withSubscriptions (2.10.1) adds subscriptionsSetting.
import { authSettingOf } from '../../auth/auth-setting.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { subscriptionsSettingOf } from './subscriptions-setting.ts'
import { canIUse } from '../../versions/api-versions.ts'

export const getSetting = defineAsyncApi({
  name: 'getSetting',
  params: { withSubscriptions: 'Boolean' },
  run(ctx, { withSubscriptions }) {
    const authSetting = authSettingOf(ctx.auth, ctx.config.withdrawnScopes, ctx.config.appType)
    // The typings mark subscriptionsSetting as always present; the client adds it only on request.
    return ok({
      authSetting,
      // withSubscriptions needs base library 2.10.1 (typings, research.md §1.4/§1.5 H); before it the key is unknown and ignored.
      ...(withSubscriptions && canIUse('getSetting.object.withSubscriptions', ctx.config.SDKVersion) ? { subscriptionsSetting: subscriptionsSettingOf(ctx) } : {}),
    } as PayloadOf<'getSetting'>)
  },
})
