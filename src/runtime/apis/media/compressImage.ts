// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.compressImage.html
// "压缩图片接口，可选压缩质量。iOS 仅支持压缩 JPG 格式图片" (H). src "支持本地路径、代码包路径"; quality "范围0～100，数值越小，
// 质量越低，压缩率越高（仅对jpg有效）", default 80 (doc table, H); on iOS a PNG comes back as an unchanged copy (L: what
// the client does with it is not documented); compressedWidth / compressedHeight (2.26.0) "若不填写则默认以 … 为准等比缩放"
// (typings, H). Produces a new temp file (tempFilePath). Deterministic: the same input gives the same bytes.
// A missing file: "compressImage:fail file not found" (as the album APIs word it; L for this API).
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { FILE_NOT_FOUND } from '../album/album-file.ts'
import { makeImage } from './image-bytes.ts'
import { readImageHeader } from './image-header.ts'
import { readLocal, writeTemp } from './media-files.ts'

export const compressImage = defineAsyncApi({
  name: 'compressImage',
  params: { src: 'String!', quality: 'Number', compressedWidth: 'Number', compressedHeight: 'Number' },
  run(ctx, o) {
    const bytes = readLocal(ctx, o.src)
    if (!bytes) return failure(FILE_NOT_FOUND)
    const header = readImageHeader(bytes)
    if (!header) return failure('invalid') // L, as getImageInfo
    const png = header.type === 'png'
    if (png && ctx.device.platform === 'ios') return ok({ tempFilePath: writeTemp(ctx, 'png', bytes) })
    const { width, height } = scaled(header.width, header.height, o.compressedWidth, o.compressedHeight)
    const quality = Math.min(100, Math.max(0, o.quality ?? 80))
    const out = makeImage(png ? 'png' : 'jpeg', width, height, Math.max(1, quality))
    return ok({ tempFilePath: writeTemp(ctx, png ? 'png' : 'jpg', out) })
  },
})

/** The output size: one side given → the other follows the aspect ratio; none → unchanged. */
function scaled(w: number, h: number, cw: number | undefined, ch: number | undefined): { width: number; height: number } {
  const positive = (n: number | undefined): n is number => n !== undefined && n > 0
  if (positive(cw) && positive(ch)) return { width: Math.round(cw), height: Math.round(ch) }
  if (positive(cw)) return { width: Math.round(cw), height: Math.max(1, Math.round((h * cw) / w)) }
  if (positive(ch)) return { width: Math.max(1, Math.round((w * ch) / h)), height: Math.round(ch) }
  return { width: w, height: h }
}
