// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.clearStorage.html
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'

export const clearStorage = defineAsyncApi({
  name: 'clearStorage',
  run(ctx) {
    storageOf(ctx).clear()
    return ok({})
  },
})
