// https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.canvasToTempFilePath.html
// "把当前画布指定区域的内容导出生成指定大小的图片" (H). x, y default 0; width / height default "canvas宽度-x" /
// "canvas高度-y"; destWidth / destHeight default "width*屏幕像素密度"; canvasId (canvas-id) or canvas (a type="2d"
// node); fileType 'png' (default) | 'jpg'; quality "取值范围为 (0, 1]，不在范围内时当作 1.0 处理" (doc table, H).
// The file is a real PNG / JPEG of destWidth × destHeight in the file store (image-bytes.ts), so getImageInfo,
// saveImageToPhotosAlbum and uploadFile take it.
// No canvas with that id on the page (or none given): "canvasToTempFilePath:fail canvas is empty" (app code maps it,
// community reports pair it with a wrong canvasId or a missing component `this`; M).
// Screen pixel density: the device profile's pixelRatio (device/system-profiles.ts; 3 on the default iOS profile).
// A 2d node's width/height are already bitmap pixels, so its export defaults to them without the density (L).
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { canvasById } from './canvas-component.ts'
import { makeImage } from './image-bytes.ts'
import { writeTemp } from './media-files.ts'

export const CANVAS_EMPTY = 'canvas is empty'

export const canvasToTempFilePath = defineAsyncApi({
  name: 'canvasToTempFilePath',
  params: {
    x: 'Number', y: 'Number', width: 'Number', height: 'Number', destWidth: 'Number', destHeight: 'Number',
    canvasId: 'String', canvas: 'Object', fileType: 'String', quality: 'Number',
  },
  run(ctx, o) {
    const node = o.canvas as { width?: unknown; height?: unknown } | undefined
    const legacy = node === undefined && o.canvasId !== undefined ? canvasById(ctx, o.canvasId) : undefined
    const size = node && typeof node.width === 'number' && typeof node.height === 'number'
      ? { w: node.width, h: node.height, ratio: 1 }
      : legacy ? { w: legacy.width ?? 300, h: legacy.height ?? 150, ratio: ctx.device.system.values.pixelRatio } : undefined
    if (!size) return failure(CANVAS_EMPTY)
    const x = o.x ?? 0
    const y = o.y ?? 0
    const width = o.width ?? size.w - x
    const height = o.height ?? size.h - y
    const destWidth = Math.max(1, Math.round(o.destWidth ?? width * size.ratio))
    const destHeight = Math.max(1, Math.round(o.destHeight ?? height * size.ratio))
    const jpg = o.fileType === 'jpg'
    const quality = o.quality !== undefined && o.quality > 0 && o.quality <= 1 ? o.quality : 1
    const bytes = makeImage(jpg ? 'jpeg' : 'png', destWidth, destHeight, quality * 100)
    return ok({ tempFilePath: writeTemp(ctx, jpg ? 'jpg' : 'png', bytes) })
  },
})
