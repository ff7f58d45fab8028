// https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.onNetworkStatusChange.html
// https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.offNetworkStatusChange.html
// "监听网络状态变化事件": listeners get { isConnected, networkType } (typings, H) when the phone changes network
// (`rt.device.network.set('4g')`). offNetworkStatusChange (2.9.3) without a listener removes them all.
import type { ApiContext } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { reportAppError } from '../../facade/deliver.ts'
import type { SyncApi } from '../../facade/define-api.ts'
import { defineEventApis } from '../../facade/define-event.ts'

export const NETWORK_STATUS_CHANGE = 'networkStatusChange'

/** Connects the device's network to the wx listeners, once per runtime. */
function bridge(ctx: ApiContext): void {
  stateOf(ctx, 'device.network.bridge', () => {
    const events = ctx.events
    ctx.device.network.onChange((status) => {
      try {
        events.emit(NETWORK_STATUS_CHANGE, status)
      } catch (error) {
        reportAppError(ctx, 'a wx.onNetworkStatusChange listener', error)
      }
    })
    return true
  })
}

const [on, off] = defineEventApis('onNetworkStatusChange', 'offNetworkStatusChange', NETWORK_STATUS_CHANGE)
export const onNetworkStatusChange: SyncApi<'onNetworkStatusChange'> = {
  ...on,
  run: (ctx, listener) => {
    bridge(ctx)
    return on.run(ctx, listener)
  },
}
export const offNetworkStatusChange = off
