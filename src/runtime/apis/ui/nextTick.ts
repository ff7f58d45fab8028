// https://developers.weixin.qq.com/miniprogram/dev/api/ui/custom-component/wx.nextTick.html
// Base library 2.2.3. 延迟一部分操作到下一个时间片再执行（类似于 setTimeout）(doc, H): `callback` runs asynchronously,
// after the setData calls made so far (this.data is already updated then: setData is synchronous for the logic layer).
// fake-wx queues it as a microtask, not a timer, so it runs under vi.useFakeTimers() too; an exception in it is
// reported as the client reports app-code errors.
import { callAppCode, later } from '../../facade/deliver.ts'
import { defineSyncApi } from '../../facade/define-api.ts'

export const nextTick = defineSyncApi({
  name: 'nextTick',
  run(ctx, callback) {
    if (typeof callback !== 'function') {
      ctx.trace.record({ type: 'note', text: 'wx.nextTick ignored a callback that is not a function' })
      return
    }
    later(() => callAppCode(ctx, 'wx.nextTick callback', callback as (p: never) => unknown, undefined))
  },
})
