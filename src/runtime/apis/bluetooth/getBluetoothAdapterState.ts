// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.getBluetoothAdapterState.html (1.1.0)
// { available, discovering } (GetBluetoothAdapterStateSuccessCallbackResult, H); errCode 10000 before open.
// No scope of its own: the scope was asked by wx.openBluetoothAdapter.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { bluetoothAdapter, notInit } from './bluetooth-adapter.ts'

export const getBluetoothAdapterState = defineAsyncApi({
  name: 'getBluetoothAdapterState',
  run(ctx) {
    const adapter = bluetoothAdapter(ctx)
    if (adapter.opened.size === 0) return notInit()
    return ok({ available: ctx.device.bluetooth.enabled, discovering: adapter.discovering })
  },
})
