// https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.saveFile.html
// "保存文件到本地。注意：saveFile 会把临时文件移动，因此调用成功后传入的 tempFilePath 将不可用" (doc, H); "本地文件存储的大小限制为 10M"
// (this page) vs "跟本地缓存文件共计 … 最多可存储 200MB" (file-system guide): the guide's 200 MB is the current rule (H),
// shared with FileSystemManager (rt.files.storageLimit). Stopped being maintained from 2.19.0 (doc, H) but still there.
import './legacy-typings.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { legacy } from './legacy-outcome.ts'
import { saveFile as save } from './saved-file-ops.ts'

export const saveFile = defineAsyncApi({
  name: 'saveFile',
  params: { tempFilePath: 'String!' },
  run: (ctx, o) => legacy(save(ctx, { tempFilePath: o.tempFilePath })),
})
