// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.getConnectedBluetoothDevices.html (1.1.0)
// "根据主服务 UUID 获取已连接的蓝牙设备": `services` is required ("蓝牙设备主服务的 UUID 列表（支持 16/32/128 位 UUID）");
// `{ devices: [{ deviceId, name }] }` (BluetoothDeviceInfo, H). Only this mini program's links are modelled.
import { phoneSide } from '../../device/ble-peripheral-handle.ts'
import { expandUuid } from '../../device/ble-uuid.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { central, centralUnusable } from './ble-central.ts'

export const getConnectedBluetoothDevices = defineAsyncApi({
  name: 'getConnectedBluetoothDevices',
  params: { services: 'Array!' },
  run(ctx, { services }) {
    const unusable = centralUnusable(ctx)
    if (unusable) return unusable
    const wanted = services.map((u) => (typeof u === 'string' ? expandUuid(u) : undefined))
    const devices = [...central(ctx).connections.values()]
      .filter(({ peripheral }) => phoneSide(peripheral).data.services.some((s) => s.isPrimary && wanted.includes(s.uuid)))
      .map(({ peripheral }) => ({ deviceId: peripheral.deviceId, name: peripheral.name }))
    return ok({ devices })
  },
})
