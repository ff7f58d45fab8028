// https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.compressVideo.html
// Base library 2.11.0. "压缩视频接口。开发者可指定压缩质量 quality 进行压缩。当需要更精细的控制时，可指定 bitrate、fps、和
// resolution，当 quality 传入时，这三个参数将被忽略" (doc, H). resolution "相对于原视频的分辨率比例，取值范围(0, 1]".
// Success { tempFilePath, size (kB) } (typings, H). The quality presets' numbers are fixture values (L): low ¼ of the
// bitrate at 0.5 resolution, medium ½ at 0.75, high ¾ at 1. The new file is an mp4 of the new bitrate × duration.
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { FILE_NOT_FOUND } from '../album/album-file.ts'
import { makeMp4, padTo } from './image-bytes.ts'
import { readLocal, writeTemp } from './media-files.ts'
import { bitrateOf, DEFAULT_FPS, rememberVideo, videoMeta } from './video-meta.ts'

const PRESETS = { low: { rate: 0.25, resolution: 0.5 }, medium: { rate: 0.5, resolution: 0.75 }, high: { rate: 0.75, resolution: 1 } } as const

export const compressVideo = defineAsyncApi({
  name: 'compressVideo',
  params: { src: 'String!', quality: 'String', bitrate: 'Number', fps: 'Number', resolution: 'Number' },
  run(ctx, o) {
    const bytes = readLocal(ctx, o.src)
    if (!bytes) return failure(FILE_NOT_FOUND)
    const from = videoMeta(ctx, o.src) ?? { width: 0, height: 0, duration: 1, fps: DEFAULT_FPS, bitrate: bitrateOf(bytes.length, 1) }
    const preset = o.quality !== undefined ? PRESETS[o.quality as keyof typeof PRESETS] : undefined
    const resolution = preset?.resolution ?? (o.resolution !== undefined && o.resolution > 0 && o.resolution <= 1 ? o.resolution : 1)
    const bitrate = Math.max(1, Math.round(preset ? from.bitrate * preset.rate : Math.min(o.bitrate ?? from.bitrate, from.bitrate)))
    const fps = preset ? from.fps : Math.min(o.fps ?? from.fps, from.fps)
    const size = Math.round((bitrate * 1000 * from.duration) / 8)
    const out = padTo(makeMp4(), size)
    const tempFilePath = writeTemp(ctx, 'mp4', out)
    const width = Math.round(from.width * resolution)
    const height = Math.round(from.height * resolution)
    rememberVideo(ctx, tempFilePath, { width, height, duration: from.duration, fps, bitrate })
    return ok({ tempFilePath, size: Math.round(out.length / 1024) })
  },
})
