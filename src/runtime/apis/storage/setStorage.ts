// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.setStorage.html
// Overwrites the key. Limits and wording: storage-store.ts.
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { storageOf } from './storage-store.ts'

export const setStorage = defineAsyncApi({
  name: 'setStorage',
  params: { key: 'String!', encrypt: 'Boolean' },
  run(ctx, { key, data }) {
    let result
    try {
      result = storageOf(ctx).set(key, data)
    } catch (error) {
      // A value JSON cannot serialise: the base library reports the exception's message (M).
      return failure(error instanceof Error ? error.message : String(error))
    }
    return result.ok ? ok({}) : failure(result.reason)
  },
})
