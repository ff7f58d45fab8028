// https://developers.weixin.qq.com/miniprogram/dev/api/base/app/life-cycle/wx.getApiCategory.html
// Base library 2.33.0; "获取当前 API 类别": 'default' | 'nativeFunctionalized' | 'browseOnly' | 'embedded' |
// 'chatTool' — the launch's apiCategory (LaunchOptionsApp.apiCategory, typings, H).
import { defineSyncApi } from '../../facade/define-api.ts'
import { currentLaunchOptions } from './getLaunchOptionsSync.ts'

export const getApiCategory = defineSyncApi({
  name: 'getApiCategory',
  run: (ctx) => (currentLaunchOptions(ctx) as unknown as { apiCategory: string }).apiCategory,
})
