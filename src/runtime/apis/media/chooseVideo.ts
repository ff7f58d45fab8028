// https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseVideo.html
// "拍摄视频或从手机相册中选视频" (H); not maintained from 2.21.0 (use wx.chooseMedia). sourceType default
// ['album', 'camera'], compressed default true, maxDuration default 60 ("拍摄视频最长拍摄时间，单位秒"; 60 s is the
// camera's limit, community answers quote "最长支持 60 秒", M), camera default 'back' (doc table, H).
// Success { tempFilePath, duration, size, height, width } (typings, H). Cancel: "chooseVideo:fail cancel" (app code, M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { pick, sourcesOf, type PickedFile } from './picker.ts'

export const chooseVideo = defineAsyncApi({
  name: 'chooseVideo',
  params: { sourceType: 'Array', compressed: 'Boolean', maxDuration: 'Number', camera: 'String' },
  async run(ctx, o) {
    const details = {
      count: 1,
      mediaType: ['video'] as const,
      sourceType: sourcesOf(o.sourceType),
      sizeType: o.compressed === false ? ['original'] : ['compressed'],
      maxDuration: Math.min(60, Math.max(1, Math.floor(o.maxDuration ?? 60))),
      camera: o.camera === 'front' ? 'front' : 'back',
    }
    const picked = await pick(ctx, { kind: 'chooseVideo', details, kinds: ['video'], mix: false, compressed: o.compressed !== false })
    if (!picked.ok) return picked
    const { tempFilePath, duration, size, height, width } = picked.data[0] as PickedFile
    return ok({ tempFilePath, duration, size, height, width })
  },
})
