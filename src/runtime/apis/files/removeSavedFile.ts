// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.removeSavedFile.html
// "删除本地缓存文件" (doc, H); a path that is not a saved file fails "file not exist" (M).
import './legacy-typings.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { legacy } from './legacy-outcome.ts'
import { removeSavedFile as remove } from './saved-file-ops.ts'

export const removeSavedFile = defineAsyncApi({
  name: 'removeSavedFile',
  params: { filePath: 'String!' },
  run: (ctx, o) => legacy(remove(ctx, o)),
})
