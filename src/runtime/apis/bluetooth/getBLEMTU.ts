// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.getBLEMTU.html (2.20.1)
// "获取蓝牙低功耗的最大传输单元。需在 wx.createBLEConnection 调用成功后调用" (H) → else 10006. "小程序中 MTU 为
// ATT_MTU…实际可以传输的数据长度为 ATT_MTU - 3"; "iOS 系统中 MTU 为固定值；安卓系统中，MTU 会在系统协商成功之后发生改变"
// (H): Android 23 until wx.setBLEMTU; iOS its own value, taken as 185 (L). `writeType` (iOS) is not modelled.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { linkOf } from './ble-central.ts'

export const getBLEMTU = defineAsyncApi({
  name: 'getBLEMTU',
  params: { deviceId: 'String!', writeType: 'String' },
  run(ctx, { deviceId }) {
    const link = linkOf(ctx, deviceId)
    if ('ok' in link) return link
    return ok({ mtu: link.mtu })
  },
})
