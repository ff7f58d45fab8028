// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.getFileInfo.html
// "获取文件信息": size and digest, digestAlgorithm md5 (default) | sha1 (doc, H) — real digests of the file's bytes.
import './legacy-typings.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { legacy } from './legacy-outcome.ts'
import { getFileInfo as info } from './fs-read-ops.ts'
import { failure } from '../../errors/wx-error.ts'

export const getFileInfo = defineAsyncApi({
  name: 'getFileInfo',
  params: { filePath: 'String!', digestAlgorithm: 'String' },
  run(ctx, o) {
    // The legacy API knows md5 and sha1 only (doc, H); another value: L for the text.
    if (o.digestAlgorithm !== undefined && o.digestAlgorithm !== 'md5' && o.digestAlgorithm !== 'sha1') return failure('invalid digestAlgorithm')
    return legacy(info(ctx, o))
  },
})
