// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.onBLECharacteristicValueChange.html (1.1.0)
// "监听蓝牙低功耗设备的特征值变化事件。必须先调用 wx.notifyBLECharacteristicValueChange 接口才能接收到设备推送的
// notification": `{ deviceId, serviceId, characteristicId, value: ArrayBuffer }` (H). Also carries what
// wx.readBLECharacteristicValue read. wx.offBLECharacteristicValueChange (2.9.0) removes all.
import { defineSyncApi } from '../../facade/define-api.ts'
import { defineEventApis } from '../../facade/define-event.ts'

export const [onBLECharacteristicValueChange] = defineEventApis('onBLECharacteristicValueChange', 'offBLECharacteristicValueChange', 'bleCharacteristicValueChange')

/** wx.offBLECharacteristicValueChange() takes no listener: "移除蓝牙低功耗设备的特征值变化事件的全部监听函数" (doc, H) — a listener passed anyway is ignored. */
export const offBLECharacteristicValueChange = defineSyncApi({
  name: 'offBLECharacteristicValueChange',
  run(ctx) {
    ctx.events.off('bleCharacteristicValueChange')
  },
})
