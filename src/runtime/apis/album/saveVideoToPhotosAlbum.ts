// https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.saveVideoToPhotosAlbum.html
// Base library 1.2.0; scope scope.writePhotosAlbum. "保存视频到系统相册。支持mp4视频格式" (H); filePath is a
// temp or saved local path. The saved video shows up in `rt.device.album`.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { saveToAlbum } from './album-file.ts'

export const saveVideoToPhotosAlbum = defineAsyncApi({
  name: 'saveVideoToPhotosAlbum',
  params: { filePath: 'String!' },
  scope: 'scope.writePhotosAlbum',
  run: (ctx, { filePath }) => saveToAlbum(ctx, filePath, 'video'),
})
