// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorageInfo.html
// keys, currentSize and limitSize, both sizes in KB (H); limitSize 10240 (10MB).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'

export const getStorageInfo = defineAsyncApi({
  name: 'getStorageInfo',
  run(ctx) {
    return ok(storageOf(ctx).info())
  },
})
