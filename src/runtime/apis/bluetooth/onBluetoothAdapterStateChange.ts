// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.onBluetoothAdapterStateChange.html (1.1.0)
// { available, discovering } whenever the phone's Bluetooth switch changes while the module is open
// (`rt.device.bluetooth.setEnabled`). wx.offBluetoothAdapterStateChange (2.9.0) "移除蓝牙适配器状态变化事件的全部监听函数".
import { defineEventApis } from '../../facade/define-event.ts'

export const [onBluetoothAdapterStateChange, offBluetoothAdapterStateChange] = defineEventApis(
  'onBluetoothAdapterStateChange',
  'offBluetoothAdapterStateChange',
  'bluetoothAdapterStateChange',
)
