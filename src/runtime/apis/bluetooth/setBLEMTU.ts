// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.setBLEMTU.html (2.11.0)
// "协商设置蓝牙低功耗的最大传输单元 (MTU)。需在 wx.createBLEConnection 调用成功后调用。仅安卓系统 5.1 以上版本有效，
// iOS 因系统限制不支持" (H). `mtu` "设置范围为 (22,512) 区间内" (H). Success `{ mtu }`: "最终协商的 MTU 值" (typings, H) —
// the smaller of the asked and what the peripheral accepts (`maxMtu`). The failures for iOS (10008 system error)
// and for an mtu outside the range (10013 invalid_data) are not documented (L).
import { phoneSide } from '../../device/ble-peripheral-handle.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { linkOf } from './ble-central.ts'
import { bleFail } from './ble-errors.ts'

export const setBLEMTU = defineAsyncApi({
  name: 'setBLEMTU',
  params: { deviceId: 'String!', mtu: 'Number!' },
  run(ctx, { deviceId, mtu }) {
    const link = linkOf(ctx, deviceId)
    if ('ok' in link) return link
    if (ctx.device.platform !== 'android') return bleFail(10008)
    if (!(mtu > 22 && mtu < 512) || !Number.isInteger(mtu)) return bleFail(10013)
    link.mtu = Math.min(mtu, phoneSide(link.peripheral).data.maxMtu)
    return ok({ mtu: link.mtu })
  },
})
