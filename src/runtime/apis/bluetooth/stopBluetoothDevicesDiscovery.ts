// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.stopBluetoothDevicesDiscovery.html (1.1.0)
// "停止搜寻附近的蓝牙外围设备。若已经找到需要的蓝牙设备并不需要继续搜索时，建议调用该接口停止蓝牙搜索" (H).
// Stopping when no scan runs succeeds (app code calls it unconditionally before connecting, M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { central, centralUnusable } from './ble-central.ts'

export const stopBluetoothDevicesDiscovery = defineAsyncApi({
  name: 'stopBluetoothDevicesDiscovery',
  run(ctx) {
    const unusable = centralUnusable(ctx)
    if (unusable) return unusable
    central(ctx).stopScan?.(true)
    return ok({ errCode: 0 } as PayloadOf<'stopBluetoothDevicesDiscovery'>)
  },
})
