// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.getBLEDeviceServices.html (1.1.0)
// "获取蓝牙低功耗设备所有服务 (service)": `{ services: [{ uuid, isPrimary }] }` (BLEService, H), the deviceId
// "需要已经通过 wx.createBLEConnection 与对应设备建立连接" (doc example, H) → else 10006.
import { phoneSide } from '../../device/ble-peripheral-handle.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { linkOf } from './ble-central.ts'

export const getBLEDeviceServices = defineAsyncApi({
  name: 'getBLEDeviceServices',
  params: { deviceId: 'String!' },
  run(ctx, { deviceId }) {
    const link = linkOf(ctx, deviceId)
    if ('ok' in link) return link
    link.servicesRead = true
    return ok({ services: phoneSide(link.peripheral).data.services.map((s) => ({ uuid: s.uuid, isPrimary: s.isPrimary })) })
  },
})
