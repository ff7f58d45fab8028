// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorageSync.html
// A missing key returns '' and does not throw: the quick-start template's `wx.getStorageSync('logs') || []`
// relies on it, and the reconstructed base library swallows "data not found" (M).
import { defineSyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'
import { checkSyncKey } from './sync-errors.ts'

export const getStorageSync = defineSyncApi({
  name: 'getStorageSync',
  run(ctx, key) {
    checkSyncKey(ctx.api, key)
    const storage = storageOf(ctx)
    return storage.has(key) ? storage.get(key) : ''
  },
})
