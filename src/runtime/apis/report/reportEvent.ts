// https://developers.weixin.qq.com/miniprogram/dev/api/data-analysis/wx.reportEvent.html
// Base library 2.14.4; "事件上报": reportEvent(eventId, data?) — eventId set up in the MP 实验/We 分析 system,
// data "可被 JSON.stringify 的对象" (H). Recorded in rt.reports.
import { defineSyncApi } from '../../facade/define-api.ts'
import { report } from './reports.ts'

export const reportEvent = defineSyncApi({
  name: 'reportEvent',
  run: (ctx, eventId, data) => report(ctx, { api: 'reportEvent', name: eventId, value: data ?? {} }),
})
