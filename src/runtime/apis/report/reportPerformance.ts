// https://developers.weixin.qq.com/miniprogram/dev/api/base/performance/wx.reportPerformance.html
// Base library 2.9.2; "小程序测速上报": reportPerformance(id, value, dimensions?) (H). Recorded in rt.reports.
import { defineSyncApi } from '../../facade/define-api.ts'
import { report } from './reports.ts'

export const reportPerformance = defineSyncApi({
  name: 'reportPerformance',
  run: (ctx, id, value, dimensions) =>
    report(ctx, { api: 'reportPerformance', name: id, value, ...(dimensions !== undefined ? { dimensions } : {}) }),
})
