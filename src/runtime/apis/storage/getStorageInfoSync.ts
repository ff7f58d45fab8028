// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorageInfoSync.html
import { defineSyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'

export const getStorageInfoSync = defineSyncApi({
  name: 'getStorageInfoSync',
  run(ctx) {
    return storageOf(ctx).info()
  },
})
