// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.onBluetoothDeviceFound.html (1.1.0)
// "监听搜索到新设备的事件": `{ devices: BlueToothDevice[] }` (OnBluetoothDeviceFoundListenerResult, H), batched by the
// scan's `interval` (ble-discovery.ts). wx.offBluetoothDeviceFound (2.9.0) without a listener removes them all.
import { defineEventApis } from '../../facade/define-event.ts'

export const [onBluetoothDeviceFound, offBluetoothDeviceFound] = defineEventApis(
  'onBluetoothDeviceFound',
  'offBluetoothDeviceFound',
  'bluetoothDeviceFound',
)
