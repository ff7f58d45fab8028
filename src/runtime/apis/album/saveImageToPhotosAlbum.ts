// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.saveImageToPhotosAlbum.html
// Base library 1.2.0; scope scope.writePhotosAlbum. "filePath: 图片文件路径，可以是临时文件路径或永久文件路径 (本地路径)，
// 不支持网络路径" (typings, H). The saved image shows up in `rt.device.album`.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { saveToAlbum } from './album-file.ts'

export const saveImageToPhotosAlbum = defineAsyncApi({
  name: 'saveImageToPhotosAlbum',
  params: { filePath: 'String!' },
  scope: 'scope.writePhotosAlbum',
  run: (ctx, { filePath }) => saveToAlbum(ctx, filePath, 'image'),
})
