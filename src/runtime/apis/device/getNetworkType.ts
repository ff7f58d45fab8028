// https://developers.weixin.qq.com/miniprogram/dev/api/device/network/wx.getNetworkType.html
// "获取网络类型": { networkType, signalStrength (dBm), hasSystemProxy (2.22.1), weakNet (3.5.3) } (typings, H).
// Fields newer than the base library are left out, as an older client does not know them. Promise form.
import { compareVersion } from '../../config.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'

export const getNetworkType = defineAsyncApi({
  name: 'getNetworkType',
  run(ctx) {
    const network = ctx.device.network
    const since = (v: string) => compareVersion(ctx.config.SDKVersion, v) >= 0
    const { signalStrength, hasSystemProxy, weakNet } = network.details
    return ok({
      networkType: network.type,
      signalStrength,
      ...(since('2.22.1') ? { hasSystemProxy } : {}),
      ...(since('3.5.3') ? { weakNet } : {}),
    } as PayloadOf<'getNetworkType'>)
  },
})
