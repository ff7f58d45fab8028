// https://developers.weixin.qq.com/miniprogram/dev/api/network/download/wx.downloadFile.html
// Saves the body as a local file: a new temporary path (`tempFilePath`), or `filePath` when the app gives
// one (then the result has `filePath` instead). The base library drops tempFilePath unless the status is
// 200 or 304 (reconstructed base library; M). Returns a DownloadTask; no Promise form.
import { filesOf } from '../../device/files.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { checkDomain, checkUrl } from './domains.ts'
import { offline } from './offline.ts'
import { createTask, internalsOf, runTask } from './network-task.ts'
import { headerValues, timeoutOf, transfer, withClientHeaders } from './transfer.ts'

export const downloadFile = defineAsyncApi({
  name: 'downloadFile',
  params: { url: 'String!', filePath: 'String', timeout: 'Number' },
  task: (ctx, o) => createTask(ctx, 'downloadFile', timeoutOf(ctx, 'downloadFile', o.timeout)),
  run(ctx, o, task) {
    return runTask(task, async () => {
      const refused = checkUrl(o.url) ?? checkDomain(ctx, 'downloadFile', o.url) ?? offline(ctx, o.url)
      if (refused) return refused
      const headers = withClientHeaders(ctx, headerValues(o.header))
      const received = await transfer(task, { url: o.url, method: 'GET', headers }, ({ header }) => ({ header }))
      if (!('body' in received)) return received
      const size = received.body.byteLength
      internalsOf(task).emit('progress', { progress: 100, totalBytesWritten: size, totalBytesExpectedToWrite: size })
      const { statusCode } = received
      const files = filesOf(ctx)
      if (o.filePath) {
        files.write(o.filePath, received.body)
        return ok({ filePath: o.filePath, statusCode } as PayloadOf<'downloadFile'>)
      }
      if (statusCode !== 200 && statusCode !== 304) return ok({ statusCode } as PayloadOf<'downloadFile'>)
      const tempFilePath = files.tempPath(extensionOf(o.url))
      files.write(tempFilePath, received.body)
      return ok({ tempFilePath, statusCode } as PayloadOf<'downloadFile'>)
    })
  },
})

/** '.png' for 'https://x/a/b.png?v=1', '' when the path has no extension. */
function extensionOf(url: string): string {
  const path = url.split(/[?#]/, 1)[0] ?? ''
  const m = /\.[A-Za-z0-9]{1,8}$/.exec(path.slice(path.lastIndexOf('/') + 1))
  return m ? m[0].toLowerCase() : ''
}
