// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseImage.html
// "从本地相册选择图片或使用相机拍照" (H); stopped being maintained from 2.21.0 in favour of wx.chooseMedia (doc). The
// base library fills count 9, sizeType ['original', 'compressed'], sourceType ['album', 'camera'] (reconstructed
// base library, M); the picker allows at most 9 (count clamped, L). Success: tempFilePaths and, since 1.2.0,
// tempFiles [{ path, size }] (typings, H). Privacy type chosenMedia. Cancel: "chooseImage:fail cancel" (many
// shipped apps compare with it, M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { pick, sourcesOf } from './picker.ts'

export const chooseImage = defineAsyncApi({
  name: 'chooseImage',
  params: { count: 'Number', sizeType: 'Array', sourceType: 'Array' },
  async run(ctx, o) {
    const sizeType = o.sizeType ?? ['original', 'compressed']
    const details = {
      count: Math.min(9, Math.max(1, Math.floor(o.count ?? 9))),
      mediaType: ['image'] as const,
      sourceType: sourcesOf(o.sourceType),
      sizeType: [...sizeType],
    }
    const compressed = sizeType.includes('compressed') && !sizeType.includes('original')
    const picked = await pick(ctx, { kind: 'chooseImage', details, kinds: ['image'], mix: false, compressed })
    if (!picked.ok) return picked
    return ok({
      tempFilePaths: picked.data.map((f) => f.tempFilePath),
      tempFiles: picked.data.map((f) => ({ path: f.tempFilePath, size: f.size })),
    })
  },
})
