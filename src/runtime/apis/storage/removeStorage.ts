// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.removeStorage.html
// Removing an absent key succeeds (the client deletes by key; L: no source says it fails).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'

export const removeStorage = defineAsyncApi({
  name: 'removeStorage',
  params: { key: 'String!' },
  run(ctx, { key }) {
    storageOf(ctx).remove(key)
    return ok({})
  },
})
