// https://developers.weixin.qq.com/miniprogram/dev/api/data-analysis/wx.reportMonitor.html
// Base library 2.0.1; "自定义业务数据监控上报接口": reportMonitor(name, value) — name "监控ID，在「小程序管理后台」新建数据
// 指标后获得", value a number (H). Recorded in rt.reports.
import { defineSyncApi } from '../../facade/define-api.ts'
import { report } from './reports.ts'

export const reportMonitor = defineSyncApi({
  name: 'reportMonitor',
  run: (ctx, name, value) => report(ctx, { api: 'reportMonitor', name, value }),
})
