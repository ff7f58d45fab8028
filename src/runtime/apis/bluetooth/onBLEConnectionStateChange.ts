// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.onBLEConnectionStateChange.html (1.1.0)
// "监听蓝牙低功耗连接状态改变事件。包括开发者主动连接或断开连接，设备丢失，连接异常断开等等" (H):
// `{ deviceId, connected }`. Fired by createBLEConnection, closeBLEConnection, the peripheral's
// `disconnect()` / `goAway()` and the Bluetooth switch going off (ble-central.ts).
import { defineEventApis } from '../../facade/define-event.ts'

export const [onBLEConnectionStateChange, offBLEConnectionStateChange] = defineEventApis(
  'onBLEConnectionStateChange',
  'offBLEConnectionStateChange',
  'bleConnectionStateChange',
)
