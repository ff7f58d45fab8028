// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.closeBLEConnection.html (1.1.0)
// "断开与蓝牙低功耗设备的连接" (H). No link → 10006 no connection (app code maps 10006 to closeBLEConnection's
// "no connection", M). The app hears onBLEConnectionStateChange `{ deviceId, connected: false }` (M).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { central, dropConnection, linkOf } from './ble-central.ts'

export const closeBLEConnection = defineAsyncApi({
  name: 'closeBLEConnection',
  params: { deviceId: 'String!' },
  run(ctx, { deviceId }) {
    const link = linkOf(ctx, deviceId)
    if ('ok' in link) return link
    dropConnection(ctx, central(ctx), link.peripheral.deviceId, true)
    return ok({ errCode: 0 } as PayloadOf<'closeBLEConnection'>)
  },
})
