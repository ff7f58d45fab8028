// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.onBLECharacteristicValueChange.html (1.1.0)
// "监听蓝牙低功耗设备的特征值变化事件。必须先调用 wx.notifyBLECharacteristicValueChange 接口才能接收到设备推送的
// notification": `{ deviceId, serviceId, characteristicId, value: ArrayBuffer }` (H). Also carries what
// wx.readBLECharacteristicValue read. wx.offBLECharacteristicValueChange (2.9.0) without a listener removes all.
import { defineEventApis } from '../../facade/define-event.ts'

export const [onBLECharacteristicValueChange, offBLECharacteristicValueChange] = defineEventApis(
  'onBLECharacteristicValueChange',
  'offBLECharacteristicValueChange',
  'bleCharacteristicValueChange',
)
