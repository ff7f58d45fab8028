// https://developers.weixin.qq.com/miniprogram/dev/api/data-analysis/wx.reportAnalytics.html
// "自定义分析数据上报接口。使用前，需要在小程序管理后台自定义分析中新建事件，配置好事件名与字段" (H).
// reportAnalytics(eventName, data). Recorded in rt.reports.
import { defineSyncApi } from '../../facade/define-api.ts'
import { report } from './reports.ts'

export const reportAnalytics = defineSyncApi({
  name: 'reportAnalytics',
  run: (ctx, eventName, data) => report(ctx, { api: 'reportAnalytics', name: eventName, value: data }),
})
