// https://developers.weixin.qq.com/miniprogram/dev/api/base/app/app-event/wx.onAppShow.html
// https://developers.weixin.qq.com/miniprogram/dev/api/base/app/app-event/wx.onAppHide.html
// "监听小程序切前台事件。该事件与 App.onShow 的回调参数一致" / "监听小程序切后台事件。该事件与 App.onHide 的回调时机一致".
// The host emits them around App.onShow / App.onHide (host/host.ts foreground, background), so
// registering a listener starts the host.
import type { ApiName, SyncApi } from '../../facade/define-api.ts'
import { defineEventApis } from '../../facade/define-event.ts'
import { APP_HIDE, APP_SHOW, hostOf } from '../../host/host.ts'

function withHost<N extends ApiName>(api: SyncApi<N>): SyncApi<N> {
  const run = api.run as (ctx: Parameters<SyncApi<N>['run']>[0], ...args: unknown[]) => ReturnType<SyncApi<N>['run']>
  return { ...api, run: ((ctx, ...args: unknown[]) => (hostOf(ctx), run(ctx, ...args))) as SyncApi<N>['run'] }
}

const [show, offShow] = defineEventApis('onAppShow', 'offAppShow', APP_SHOW)
const [hide, offHide] = defineEventApis('onAppHide', 'offAppHide', APP_HIDE)
export const onAppShow = withHost(show)
export const onAppHide = withHost(hide)
export { offShow as offAppShow, offHide as offAppHide }
