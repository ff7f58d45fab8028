// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.startBluetoothDevicesDiscovery.html (1.1.0)
// "开始搜寻附近的蓝牙外围设备。此操作比较耗费系统资源，请在搜索到需要的设备后及时调用 wx.stopBluetoothDevicesDiscovery
// 停止搜索" (H). Found devices reach wx.onBluetoothDeviceFound as the scan hears them, on rt.clock (ble-discovery.ts).
// Calling it again while scanning restarts the scan with the new options (L: not documented).
import { ok } from '../../errors/wx-error.ts'
import { failure } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { expandUuid } from '../../device/ble-uuid.ts'
import { centralUnusable } from './ble-central.ts'
import { startScan } from './ble-discovery.ts'

/** errno 1509008 "location permission is denied", "Android6.0以上, BLE扫描需授权地理位置" (PublicErrno copy, M). */
const LOCATION_DENIED = 1509008

export const startBluetoothDevicesDiscovery = defineAsyncApi({
  name: 'startBluetoothDevicesDiscovery',
  params: { services: 'Array', allowDuplicatesKey: 'Boolean', interval: 'Number', powerLevel: 'String' },
  run(ctx, { services, allowDuplicatesKey, interval }) {
    const unusable = centralUnusable(ctx)
    if (unusable) return unusable
    let deaf = false
    if (ctx.device.platform === 'android' && ctx.device.bluetooth.scanNeedsLocation) {
      // The errMsg is the errno's English text (L); no errCode is known for it.
      if (ctx.device.os.get('location') !== 'authorized') return failure('location permission is denied', LOCATION_DENIED)
      // "部分机型需要同时开启GPS": with location services off the scan starts and finds nothing (Android BLE guides, M).
      deaf = !ctx.device.switches.get('location')
    }
    // "支持 16/32/128 位 UUID" (H); an entry that is no UUID matches no device (L).
    const filter = (services ?? []).map((u) => (typeof u === 'string' ? expandUuid(u) : undefined) ?? '\0')
    // powerLevel "仅安卓微信客户端 7.0.12 及以上支持": scan speed only, nothing to model.
    startScan(ctx, { services: filter, allowDuplicatesKey: allowDuplicatesKey === true, interval: Math.max(0, interval ?? 0), deaf })
    // Success carries errCode 0 (BluetoothError success type in the typings, H; `{"errCode":0,"errMsg":"…:ok"}` in
    // decompiled Android code, M).
    return ok({ errCode: 0 } as PayloadOf<'startBluetoothDevicesDiscovery'>)
  },
})
