// https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
// Base library 2.10.0. "拍摄或从手机相册中选择图片或视频" (H). count default 9, "基础库2.25.0前，最多可支持9个文件，
// 2.25.0及以后最多可支持20个文件"; mediaType default ['image', 'video'], 'mix' "可同时选择图片和视频"; sourceType default
// ['album', 'camera']; maxDuration default 10, "时间范围为 3s 至 60s 之间。不限制相册"; sizeType default
// ['original', 'compressed']; camera default 'back' (doc table, H). Out-of-range count / maxDuration are clamped to
// the documented range (L: the client's handling is not documented). Privacy type chosenMedia (privacy table).
// The user's answer is the `chooseMedia` prompt (media-prompt-kinds.ts); files land in the file store (picker.ts).
import { compareVersion } from '../../config.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { pick, sourcesOf, type MediaKind } from './picker.ts'

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.floor(n)))

export const chooseMedia = defineAsyncApi({
  name: 'chooseMedia',
  params: { count: 'Number', mediaType: 'Array', sourceType: 'Array', maxDuration: 'Number', sizeType: 'Array', camera: 'String' },
  async run(ctx, o) {
    const max = compareVersion(ctx.config.SDKVersion, '2.25.0') >= 0 ? 20 : 9
    const asked = (o.mediaType ?? []).filter((t) => t === 'image' || t === 'video' || t === 'mix')
    const mediaType: ('image' | 'video' | 'mix')[] = asked.length ? asked : ['image', 'video']
    const mix = mediaType.includes('mix')
    const kinds: MediaKind[] = mix ? ['image', 'video'] : (['image', 'video'] as const).filter((k) => mediaType.includes(k))
    const sizeType = o.sizeType ?? ['original', 'compressed']
    const details = {
      count: clamp(o.count ?? 9, 1, max),
      mediaType: [...mediaType],
      sourceType: sourcesOf(o.sourceType),
      sizeType: [...sizeType],
      maxDuration: clamp(o.maxDuration ?? 10, 3, 60),
      camera: o.camera === 'front' ? 'front' : 'back',
    }
    // "基础库2.25.0前仅对 mediaType 为 image 时有效": picker.ts compresses images only.
    const compressed = sizeType.includes('compressed') && !sizeType.includes('original')
    const picked = await pick(ctx, { kind: 'chooseMedia', details, kinds, mix, compressed })
    if (!picked.ok) return picked
    const types = new Set(picked.data.map((f) => f.fileType))
    const type = types.size > 1 ? 'mix' : [...types][0] ?? 'image'
    // Images carry no duration / thumbnail: the doc names both "视频的…" (L: seen absent in DevTools logs).
    const tempFiles = picked.data.map(({ fileType, tempFilePath, size, width, height, duration, thumbTempFilePath }) =>
      fileType === 'video'
        ? { tempFilePath, size, duration, height, width, thumbTempFilePath, fileType }
        : { tempFilePath, size, height, width, fileType },
    )
    return ok({ tempFiles, type } as PayloadOf<'chooseMedia'>)
  },
})
