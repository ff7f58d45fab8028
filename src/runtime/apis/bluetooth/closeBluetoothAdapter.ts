// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.closeBluetoothAdapter.html (1.1.0)
// "关闭蓝牙模块。调用该方法将断开所有已建立的连接并释放系统资源" (H); before open it is one of the "其他蓝牙相关
// API" that fail with errCode 10000 (M).
import { ok, type Outcome } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { central, dropConnection } from './ble-central.ts'
import { bleFail } from './ble-errors.ts'
import { bluetoothAdapter, notInit } from './bluetooth-adapter.ts'

export const closeBluetoothAdapter = defineAsyncApi({
  name: 'closeBluetoothAdapter',
  run(ctx): Outcome<PayloadOf<'closeBluetoothAdapter'>> {
    const adapter = bluetoothAdapter(ctx)
    if (adapter.opened.size === 0) return notInit()
    adapter.opened.clear()
    // The scan stops, every link drops and the found list is cleared (getBluetoothDevices doc, H). Whether the
    // listeners hear the drops is not documented: they do not (L).
    const state = central(ctx)
    state.stopScan?.(false)
    for (const deviceId of [...state.connections.keys()]) dropConnection(ctx, state, deviceId, false)
    for (const attempt of [...state.connecting.values()]) for (const end of [...attempt.waiters]) end(bleFail(10003))
    state.found.clear()
    return ok({} as PayloadOf<'closeBluetoothAdapter'>)
  },
})
