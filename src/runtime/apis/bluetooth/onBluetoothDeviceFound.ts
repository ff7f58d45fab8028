// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.onBluetoothDeviceFound.html (1.1.0)
// "监听搜索到新设备的事件": `{ devices: BlueToothDevice[] }` (OnBluetoothDeviceFoundListenerResult, H), batched by the
// scan's `interval` (ble-discovery.ts). wx.offBluetoothDeviceFound (2.9.0) removes them all.
import { defineSyncApi } from '../../facade/define-api.ts'
import { defineEventApis } from '../../facade/define-event.ts'

export const [onBluetoothDeviceFound] = defineEventApis('onBluetoothDeviceFound', 'offBluetoothDeviceFound', 'bluetoothDeviceFound')

/** wx.offBluetoothDeviceFound() takes no listener: "移除搜索到新设备的事件的全部监听函数" (doc, H) — a listener passed anyway is ignored. */
export const offBluetoothDeviceFound = defineSyncApi({
  name: 'offBluetoothDeviceFound',
  run(ctx) {
    ctx.events.off('bluetoothDeviceFound')
  },
})
