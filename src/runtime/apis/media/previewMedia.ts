// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.previewMedia.html
// Base library 2.12.0. "预览图片和视频" (H). sources [{ url, type: 'image' (default) | 'video', poster }] required,
// current "当前显示的资源序号" default 0, showmenu (doc, H). Recorded like previewImage (media.previews, trace event).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { previewsOf, type ShownPreview } from './previewImage.ts'

export const previewMedia = defineAsyncApi({
  name: 'previewMedia',
  params: { sources: 'Array!', current: 'Number', showmenu: 'Boolean', referrerPolicy: 'String' },
  run(ctx, o) {
    const urls = o.sources.map((s) => String(s.url))
    const index = o.current !== undefined && o.current >= 0 && o.current < urls.length ? Math.floor(o.current) : 0
    const shown: ShownPreview = { api: 'previewMedia', urls, current: urls[index] ?? '', showmenu: o.showmenu !== false }
    previewsOf(ctx).push(shown)
    ctx.trace.record({ type: 'event', name: 'previewMedia', payload: { ...shown, sources: o.sources } })
    return ok({})
  },
})
