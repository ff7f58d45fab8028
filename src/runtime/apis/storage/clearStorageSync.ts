// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.clearStorageSync.html
import { defineSyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'

export const clearStorageSync = defineSyncApi({
  name: 'clearStorageSync',
  run(ctx) {
    storageOf(ctx).clear()
  },
})
