// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorageSync.html
// Throws on failure (see sync-errors.ts). A value JSON cannot serialise throws JSON.stringify's own error.
import { defineSyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'
import { checkSyncKey, throwClientError } from './sync-errors.ts'

export const setStorageSync = defineSyncApi({
  name: 'setStorageSync',
  run(ctx, key, data) {
    checkSyncKey(ctx.api, key)
    const result = storageOf(ctx).set(key, data)
    if (!result.ok) throwClientError(ctx.api, result.reason)
  },
})
