// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.getBLEDeviceCharacteristics.html (1.1.0)
// "获取蓝牙低功耗设备某个服务中所有特征 (characteristic)": `{ characteristics: [{ uuid, properties }] }`
// (BLECharacteristic, H). The serviceId "需要在 getBLEDeviceServices 接口中获取" (doc example, H): ble-gatt.ts.
import { phoneSide } from '../../device/ble-peripheral-handle.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { linkOf } from './ble-central.ts'
import { serviceOf } from './ble-gatt.ts'

export const getBLEDeviceCharacteristics = defineAsyncApi({
  name: 'getBLEDeviceCharacteristics',
  params: { deviceId: 'String!', serviceId: 'String!' },
  run(ctx, { deviceId, serviceId }) {
    const link = linkOf(ctx, deviceId)
    if ('ok' in link) return link
    const uuid = serviceOf(link, serviceId)
    if (typeof uuid !== 'string') return uuid
    link.characteristicsRead.add(uuid)
    const service = phoneSide(link.peripheral).data.services.find((s) => s.uuid === uuid)!
    return ok({ characteristics: service.characteristics.map((c) => ({ uuid: c.uuid, properties: { ...c.properties } })) })
  },
})
