// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.getSavedFileInfo.html
// "获取本地文件的文件信息。此接口只能用于获取已保存到本地的文件": { size, createTime } (doc, H); any other path fails
// "file not exist" (M).
import './legacy-typings.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { FS_REASON } from './fs-errors.ts'
import { savedFileInfo } from './saved-file-ops.ts'

export const getSavedFileInfo = defineAsyncApi({
  name: 'getSavedFileInfo',
  params: { filePath: 'String!' },
  run(ctx, o) {
    const info = savedFileInfo(ctx, o.filePath)
    return info ? ok({ size: info.size, createTime: info.createTime }) : failure(FS_REASON.fileNotExist())
  },
})
