// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.removeStorageSync.html
import { defineSyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'
import { checkSyncKey } from './sync-errors.ts'

export const removeStorageSync = defineSyncApi({
  name: 'removeStorageSync',
  run(ctx, key) {
    checkSyncKey(ctx.api, key)
    storageOf(ctx).remove(key)
  },
})
