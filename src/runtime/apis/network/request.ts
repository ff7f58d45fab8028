// https://developers.weixin.qq.com/miniprogram/dev/api/network/request/wx.request.html
// Returns a RequestTask; no Promise form. "只要成功接收到服务器返回，无论 statusCode 是多少，都会进入 success 回调"
// (network.html; H). Data encoding: request-data.ts; domains: domains.ts; fetch, timeout, abort: transfer.ts.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { checkDomain, checkUrl } from './domains.ts'
import { offline } from './offline.ts'
import { createTask, runTask } from './network-task.ts'
import { decodeResponse, encodeRequest } from './request-data.ts'
import { timeoutOf, transfer } from './transfer.ts'

export const request = defineAsyncApi({
  name: 'request',
  params: { url: 'String!', method: 'String', dataType: 'String', responseType: 'String', timeout: 'Number' },
  task: (ctx, o) => createTask(ctx, 'request', timeoutOf(ctx, 'request', o.timeout)),
  run(ctx, o, task) {
    return runTask(task, async () => {
      const refused = checkUrl(o.url) ?? checkDomain(ctx, 'request', o.url) ?? offline(ctx, o.url)
      if (refused) return refused
      const { url, method, headers, body } = encodeRequest(ctx, o)
      const received = await transfer(task, { url, method, headers, body }, (head) => head)
      if (!('body' in received)) return received
      const { statusCode, header, cookies } = received
      return ok({ data: decodeResponse(received.body, o.responseType, o.dataType), statusCode, header, cookies } as PayloadOf<'request'>)
    })
  },
})
