// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.openAppAuthorizeSetting.html
// Base library 2.20.1; Promise form. "跳转系统微信授权管理页": the phone's Settings page for WeChat, where the
// user changes WeChat's OS permissions ('appAuthorizeSetting' prompt). Leaving WeChat hides the mini program,
// coming back shows it; apps re-read wx.getAppAuthorizeSetting in onShow (research.md §5, L).
// One source says success comes when the page opens; here it comes when the user is back (L/?).
// Not documented as tap-only.
import { awayFromMiniProgram } from '../../auth/settings-page.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const openAppAuthorizeSetting = defineAsyncApi({
  name: 'openAppAuthorizeSetting',
  async run(ctx) {
    await awayFromMiniProgram(ctx, async () => {
      const changes = await ctx.user.ask('appAuthorizeSetting', ctx.api, { settings: ctx.device.os.snapshot() })
      ctx.device.os.set(changes)
    })
    return ok({})
  },
})
