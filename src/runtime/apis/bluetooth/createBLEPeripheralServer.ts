// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-peripheral/wx.createBLEPeripheralServer.html
// Base library 2.10.3. "建立本地作为蓝牙低功耗外围设备的服务端，可创建多个" (H). Scope scope.bluetooth (seed);
// like every Bluetooth API it needs wx.openBluetoothAdapter first, else errCode 10000 (M).
// Success { server } (CreateBLEPeripheralServerSuccessCallbackResult, H).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { bluetoothAdapter, notInit } from './bluetooth-adapter.ts'
import { createPeripheralServer } from './ble-peripheral-server.ts'

export const createBLEPeripheralServer = defineAsyncApi({
  name: 'createBLEPeripheralServer',
  scope: 'scope.bluetooth',
  run(ctx) {
    if (bluetoothAdapter(ctx).opened.size === 0) return notInit()
    return ok({ server: createPeripheralServer(ctx) })
  },
})
