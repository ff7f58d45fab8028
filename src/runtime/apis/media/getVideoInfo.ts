// https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.getVideoInfo.html
// Base library 2.11.0. "获取视频详细信息" (H). src "可以是临时文件路径也可以是永久文件路径". Success { orientation, type,
// duration, size (kB), height, width, fps, bitrate (kbps) } (typings, H). fake-wx knows the videos its pickers and
// compressVideo wrote (video-meta.ts); any other mp4 in the file store is read as an unknown 0×0 clip (L).
// A missing file: "getVideoInfo:fail file not found" (as the album APIs word it; L for this API).
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { FILE_NOT_FOUND } from '../album/album-file.ts'
import { readLocal } from './media-files.ts'
import { videoMeta } from './video-meta.ts'

export const getVideoInfo = defineAsyncApi({
  name: 'getVideoInfo',
  params: { src: 'String!' },
  run(ctx, { src }) {
    const bytes = readLocal(ctx, src)
    if (!bytes) return failure(FILE_NOT_FOUND)
    const meta = videoMeta(ctx, src) ?? { width: 0, height: 0, duration: 0, fps: 0, bitrate: 0 }
    const type = src.slice(src.lastIndexOf('.') + 1).toLowerCase() || 'mp4'
    return ok({ orientation: 'up', type, size: Math.round(bytes.length / 1024), ...meta })
  },
})
