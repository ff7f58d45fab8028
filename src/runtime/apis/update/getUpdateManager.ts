// https://developers.weixin.qq.com/miniprogram/dev/api/base/update/wx.getUpdateManager.html
// Base library 1.9.90; "获取全局唯一的版本更新管理器，用于管理小程序更新" (H). Synchronous, no Promise form.
import { defineSyncApi } from '../../facade/define-api.ts'
import { updateManager } from './update-manager.ts'

export const getUpdateManager = defineSyncApi({
  name: 'getUpdateManager',
  run: (ctx) => updateManager(ctx),
})
