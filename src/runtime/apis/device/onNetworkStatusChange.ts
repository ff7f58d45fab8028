// https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.onNetworkStatusChange.html
// https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.offNetworkStatusChange.html
// "监听网络状态变化事件": listeners get { isConnected, networkType } (typings, H) when the phone changes network
// (`rt.device.network.set('4g')`). offNetworkStatusChange (2.9.3) without a listener removes them all.
import { deviceEventApis } from './event-bridge.ts'

export const [onNetworkStatusChange, offNetworkStatusChange] = deviceEventApis('onNetworkStatusChange', 'offNetworkStatusChange', (ctx, emit) =>
  ctx.device.network.onChange(emit),
)
