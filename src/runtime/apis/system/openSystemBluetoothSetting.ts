// https://developers.weixin.qq.com/miniprogram/dev/api/base/system/wx.openSystemBluetoothSetting.html
// Base library 2.20.1; Promise form. "跳转系统蓝牙设置页。仅支持安卓。" The user leaves the switch on or off
// ('systemBluetoothSetting' prompt). Elsewhere the call fails; the wording is not documented: clones of the
// client say "not supported" (?).
import { awayFromMiniProgram } from '../../auth/settings-page.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const openSystemBluetoothSetting = defineAsyncApi({
  name: 'openSystemBluetoothSetting',
  async run(ctx) {
    if (ctx.device.platform !== 'android') return failure('not supported')
    await awayFromMiniProgram(ctx, async () => {
      const answer = await ctx.user.ask('systemBluetoothSetting', ctx.api, { bluetoothEnabled: ctx.device.switches.get('bluetooth') })
      ctx.device.switches.set({ bluetooth: answer === 'on' })
    })
    return ok({})
  },
})
