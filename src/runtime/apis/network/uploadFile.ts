// https://developers.weixin.qq.com/miniprogram/dev/api/network/upload/wx.uploadFile.html
// "将本地资源上传到服务器。客户端发起一个 HTTPS POST 请求，其中 content-type 为 multipart/form-data" (H).
// Success: { data: the server's text, statusCode }. Returns an UploadTask; no Promise form.
// A path with no file: `uploadFile:fail file not found` (wording seen in apps; L).
import { failure, ok } from '../../errors/wx-error.ts'
import { filesOf } from '../../device/files.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { checkDomain, checkUrl } from './domains.ts'
import { offline } from './offline.ts'
import { createTask, internalsOf, runTask } from './network-task.ts'
import { headerValues, timeoutOf, transfer, withClientHeaders } from './transfer.ts'

export const uploadFile = defineAsyncApi({
  name: 'uploadFile',
  params: { url: 'String!', filePath: 'String!', name: 'String!', timeout: 'Number' },
  task: (ctx, o) => createTask(ctx, 'uploadFile', timeoutOf(ctx, 'uploadFile', o.timeout)),
  run(ctx, o, task) {
    return runTask(task, async () => {
      const refused = checkUrl(o.url) ?? checkDomain(ctx, 'uploadFile', o.url) ?? offline(ctx, o.url)
      if (refused) return refused
      const bytes = filesOf(ctx).read(o.filePath)
      if (!bytes) return failure('file not found')
      const form = new FormData()
      for (const [k, v] of Object.entries(headerValues(o.formData))) form.append(k, v)
      form.append(o.name, new Blob([bytes]), o.filePath.split('/').pop() || 'file')
      // fetch sets multipart/form-data with its boundary; an app's own content-type would break the body.
      const headers = Object.fromEntries(Object.entries(headerValues(o.header)).filter(([k]) => k.toLowerCase() !== 'content-type'))
      const received = await transfer(task, { url: o.url, method: 'POST', headers: withClientHeaders(ctx, headers), body: form }, ({ header }) => ({ header }))
      if (!('body' in received)) return received
      // One progress report once the file is sent: fake-wx sends it in one piece.
      internalsOf(task).emit('progress', { progress: 100, totalBytesSent: bytes.byteLength, totalBytesExpectedToSend: bytes.byteLength })
      return ok({ data: new TextDecoder().decode(received.body), statusCode: received.statusCode } as PayloadOf<'uploadFile'>)
    })
  },
})
