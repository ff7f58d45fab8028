// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.getSavedFileList.html
// "获取该小程序下已保存的本地缓存文件列表": fileList of { filePath, size, createTime } (createTime in seconds) (doc, H).
import './legacy-typings.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { savedFiles } from './saved-file-ops.ts'

export const getSavedFileList = defineAsyncApi({
  name: 'getSavedFileList',
  run: (ctx) => ok({ fileList: savedFiles(ctx) }),
})
