// https://developers.weixin.qq.com/miniprogram/dev/api/base/wx.canIUse.html
// Base library 1.1.1. Whether an API (or a parameter, component attribute …) exists on this base library:
// versions/api-versions.ts. A schema fake-wx does not know answers false, and the trace says so.
import { defineSyncApi } from '../../facade/define-api.ts'
import { canIUse as supported } from '../../versions/api-versions.ts'

export const canIUse = defineSyncApi({
  name: 'canIUse',
  run(ctx, schema) {
    const answer = typeof schema === 'string' ? supported(schema, ctx.config.SDKVersion) : false
    if (answer === undefined) ctx.trace.record({ type: 'note', text: `wx.canIUse: fake-wx does not know the schema ${JSON.stringify(schema)}; false` })
    return answer ?? false
  },
})
