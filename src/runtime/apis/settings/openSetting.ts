// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/setting/wx.openSetting.html
// Opens the settings page; "设置界面只会出现小程序已经向用户请求过的权限" (H). Success comes when the user
// returns, with the authSetting after their changes. Tap-only since 2.3.0 (see user/gestures.ts).
import { authSettingOf } from '../../auth/auth-setting.ts'
import { visitSettingsPage } from '../../auth/settings-page.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { subscriptionsSettingOf } from './subscriptions-setting.ts'
import { canIUse } from '../../versions/api-versions.ts'

export const openSetting = defineAsyncApi({
  name: 'openSetting',
  params: { withSubscriptions: 'Boolean' },
  async run(ctx, { withSubscriptions }) {
    await visitSettingsPage(ctx, (authSetting) => ctx.user.ask('settings', 'openSetting', { authSetting }))
    return ok({
      authSetting: authSettingOf(ctx.auth, ctx.config.withdrawnScopes, ctx.config.appType),
      // withSubscriptions needs base library 2.10.3 (typings, research.md §1.4/§1.5 H); before it the key is unknown and ignored.
      ...(withSubscriptions && canIUse('openSetting.object.withSubscriptions', ctx.config.SDKVersion) ? { subscriptionsSetting: subscriptionsSettingOf(ctx) } : {}),
    } as PayloadOf<'openSetting'>)
  },
})
