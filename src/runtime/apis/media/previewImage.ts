// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.previewImage.html
// "在新页面中全屏预览图片。预览的过程中用户可以进行保存图片、发送给朋友等操作" (H). urls required (the base library checks
// `urls` is an Array, reconstructed WAService, M); current "当前显示图片的链接", default the first of urls (doc, H);
// showmenu default true (2.13.0). Success { errMsg: 'previewImage:ok' } when the viewer opens; what it shows is in the
// trace (a "previewImage" event) and in the runtime's media.previews state.
import { stateOf, type RuntimeCore } from '../../core.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export interface ShownPreview {
  readonly api: 'previewImage' | 'previewMedia'
  readonly urls: readonly string[]
  readonly current: string
  readonly showmenu: boolean
}

/** What the viewers showed in this runtime, in order. */
export const previewsOf = (core: RuntimeCore) => stateOf(core, 'media.previews', () => [] as ShownPreview[])

export const previewImage = defineAsyncApi({
  name: 'previewImage',
  params: { urls: 'Array!', current: 'String', showmenu: 'Boolean', referrerPolicy: 'String' },
  run(ctx, o) {
    const urls = o.urls.map(String)
    const shown: ShownPreview = {
      api: 'previewImage',
      urls,
      current: o.current !== undefined && urls.includes(o.current) ? o.current : (urls[0] ?? ''),
      showmenu: o.showmenu !== false,
    }
    previewsOf(ctx).push(shown)
    ctx.trace.record({ type: 'event', name: 'previewImage', payload: shown })
    return ok({})
  },
})
