// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.getBLEDeviceRSSI.html (2.11.0)
// "获取蓝牙低功耗设备的信号强度 (RSSI)": `{ RSSI }` in dBm (typings, H), of a connected device (else 10006, M).
// The test moves it with `peripheral.setRSSI(-80)`.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { linkOf } from './ble-central.ts'

export const getBLEDeviceRSSI = defineAsyncApi({
  name: 'getBLEDeviceRSSI',
  params: { deviceId: 'String!' },
  run(ctx, { deviceId }) {
    const link = linkOf(ctx, deviceId)
    if ('ok' in link) return link
    return ok({ RSSI: link.peripheral.RSSI })
  },
})
