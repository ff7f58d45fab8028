// https://developers.weixin.qq.com/miniprogram/dev/api/media/recorder/wx.getRecorderManager.html (1.6.0)
// "获取全局唯一的录音管理器 RecorderManager": every call returns the same object (one per runtime here).
// No dialog until RecorderManager.start (scope table: `RecorderManager.start` guards scope.record).
import { defineSyncApi } from '../../facade/define-api.ts'
import { recorderManager } from './recorder-manager.ts'

export const getRecorderManager = defineSyncApi({
  name: 'getRecorderManager',
  run: (ctx) => recorderManager(ctx),
})
