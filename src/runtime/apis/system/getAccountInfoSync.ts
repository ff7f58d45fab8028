// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/account-info/wx.getAccountInfoSync.html
// Base library 2.2.2; "获取当前帐号信息": miniProgram { appId, envVersion ('develop' | 'trial' | 'release'),
// version ("线上小程序版本号", 2.10.2) }; plugin "仅在插件中调用时包含这一项" (H). The version is the one the
// test publishes (`createRuntime({ appVersion: '1.2.0' })`); builds that are not online report '' (M: the doc
// calls it the online version; apps read '' in develop builds).
import { defineSyncApi } from '../../facade/define-api.ts'
import { stateOf } from '../../core.ts'

export const APP_VERSION_KEY = 'system.appVersion'

export const getAccountInfoSync = defineSyncApi({
  name: 'getAccountInfoSync',
  run(ctx) {
    const version = stateOf(ctx, APP_VERSION_KEY, () => '')
    return {
      miniProgram: { appId: ctx.config.appid, envVersion: ctx.config.envVersion, version: ctx.config.envVersion === 'release' ? version : '' },
    } as WechatMiniprogram.AccountInfo
  },
})
