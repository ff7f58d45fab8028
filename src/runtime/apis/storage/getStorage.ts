// https://developers.weixin.qq.com/miniprogram/dev/api/storage/wx.getStorage.html
// A missing key fails with `getStorage:fail data not found` (H: the wording apps compare against).
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { STORAGE_ERRORS, storageOf } from './storage-store.ts'

export const getStorage = defineAsyncApi({
  name: 'getStorage',
  params: { key: 'String!', encrypt: 'Boolean' },
  run(ctx, { key }) {
    const storage = storageOf(ctx)
    return storage.has(key) ? ok({ data: storage.get(key) }) : failure(STORAGE_ERRORS.notFound)
  },
})
