// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.openBluetoothAdapter.html (1.1.0)
// Scope scope.bluetooth (enforced since 2022-02-21, research.md §3). Success { errMsg } only (research.md §3.3).
// Bluetooth off: the official errno example, `{ errMsg: 'openBluetoothAdapter:fail:not available', errCode: 10001,
// errno: 1500102 }` (PublicErrno "最佳实践", H), plus on iOS `state` 4 未开启 ("object.fail 回调函数返回的 state
// 参数（仅 iOS）", H). Opening again: "openBluetoothAdapter:fail already opened" (app code, M; errCode unknown).
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { bluetoothAdapter } from './bluetooth-adapter.ts'

/** iOS `state` in the fail result: 0 未知, 1 重置中, 2 不支持, 3 未授权, 4 未开启. */
const IOS_STATE_OFF = 4

export const openBluetoothAdapter = defineAsyncApi({
  name: 'openBluetoothAdapter',
  params: { mode: 'String' },
  scope: 'scope.bluetooth',
  run(ctx, { mode }) {
    const adapter = bluetoothAdapter(ctx)
    // `mode` (2.10.0): "蓝牙模式，可作为主/从设备，仅 iOS 需要".
    const role = ctx.config.platform === 'ios' && mode === 'peripheral' ? 'peripheral' : 'central'
    if (adapter.opened.has(role)) return failure('already opened')
    adapter.opened.add(role)
    if (!ctx.device.bluetooth.enabled) {
      return failure(':not available', ERRNO.bluetoothNotAvailable, {
        errCode: 10001,
        ...(ctx.config.platform === 'ios' ? { state: IOS_STATE_OFF } : {}),
      })
    }
    return ok({} as PayloadOf<'openBluetoothAdapter'>)
  },
})
