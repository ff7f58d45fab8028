// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.editImage.html
// Base library 2.22.0. "编辑图片接口"; src "支持本地路径、代码包路径"; success { tempFilePath } "编辑后图片的临时文件路径";
// "以 Promise 风格 调用：不支持" (doc, H). The user edits in WeChat's editor (the `editImage` prompt): 'done' keeps the
// size, { width, height } is the edited size; the result is a new JPEG temp file. Cancel: "editImage:fail cancel" (the
// pickers' wording; L). A missing src: "editImage:fail file not found" (L, as the album APIs).
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { FILE_NOT_FOUND } from '../album/album-file.ts'
import { makeJpeg } from './image-bytes.ts'
import { readImageHeader } from './image-header.ts'
import { readLocal, writeTemp } from './media-files.ts'

export const editImage = defineAsyncApi({
  name: 'editImage',
  params: { src: 'String!' },
  promise: false,
  async run(ctx, { src }) {
    const bytes = readLocal(ctx, src)
    const header = bytes && readImageHeader(bytes)
    if (!header) return failure(FILE_NOT_FOUND)
    const answer = await ctx.user.ask('editImage', 'editImage', { src })
    if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
    const { width, height } = answer === 'done' ? header : answer
    return ok({ tempFilePath: writeTemp(ctx, 'jpg', makeJpeg(width, height)) })
  },
})
