// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.cropImage.html
// Base library 2.26.0. "裁剪图片接口"; src and cropScale required, cropScale one of '16:9' '9:16' '4:3' '3:4' '5:4' '4:5'
// '1:1'; success { tempFilePath }; "以 Promise 风格 调用：不支持" (doc, H). The user confirms the crop frame (the
// `cropImage` prompt); the result is the largest centred frame of that ratio as a new JPEG temp file (L: the frame
// can be moved, its size is the largest that fits). Another cropScale: "cropImage:fail invalid cropScale" (L: text not
// found). Cancel: "cropImage:fail cancel" (L).
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { FILE_NOT_FOUND } from '../album/album-file.ts'
import { makeJpeg } from './image-bytes.ts'
import { readImageHeader } from './image-header.ts'
import { readLocal, writeTemp } from './media-files.ts'

const SCALES: Readonly<Record<string, readonly [number, number]>> = {
  '16:9': [16, 9], '9:16': [9, 16], '4:3': [4, 3], '3:4': [3, 4], '5:4': [5, 4], '4:5': [4, 5], '1:1': [1, 1],
}

export const cropImage = defineAsyncApi({
  name: 'cropImage',
  params: { src: 'String!', cropScale: 'String!' },
  promise: false,
  async run(ctx, { src, cropScale }) {
    const scale = SCALES[cropScale]
    if (!scale) return failure('invalid cropScale')
    const bytes = readLocal(ctx, src)
    const header = bytes && readImageHeader(bytes)
    if (!header) return failure(FILE_NOT_FOUND)
    const answer = await ctx.user.ask('cropImage', 'cropImage', { src, cropScale })
    if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
    const [a, b] = scale
    const width = Math.min(header.width, Math.floor((header.height * a) / b))
    const height = Math.round((width * b) / a)
    return ok({ tempFilePath: writeTemp(ctx, 'jpg', makeJpeg(width, height)) })
  },
})
