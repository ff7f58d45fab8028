// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-peripheral/wx.onBLEPeripheralConnectionStateChanged.html (2.10.3)
// "监听当前外围设备被连接或断开连接事件": `{ deviceId, serverId, connected }` (typings, H) — a remote central and
// this phone's advertising BLEPeripheralServer. The test drives it: `rt.device.bluetooth.connectCentral(deviceId)` /
// `disconnectCentral(deviceId)` (ble-peripheral-server.ts). The off form (2.10.3) without a listener removes all.
import { defineEventApis } from '../../facade/define-event.ts'

export const [onBLEPeripheralConnectionStateChanged, offBLEPeripheralConnectionStateChanged] = defineEventApis(
  'onBLEPeripheralConnectionStateChanged',
  'offBLEPeripheralConnectionStateChanged',
  'blePeripheralConnectionStateChanged',
)
