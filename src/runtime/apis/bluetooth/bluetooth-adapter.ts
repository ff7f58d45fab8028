import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { ERRNO } from '../../errors/errno.ts'
import { failure, type Outcome } from '../../errors/wx-error.ts'
import { later } from '../../facade/deliver.ts'

/**
 * The mini program's Bluetooth module, from wx.openBluetoothAdapter to wx.closeBluetoothAdapter.
 * "在用户蓝牙开关未开启或者手机不支持蓝牙功能的情况下，调用 wx.openBluetoothAdapter 会返回错误（errCode=10001）…
 * 此时小程序蓝牙模块已经初始化完成，可通过 wx.onBluetoothAdapterStateChange 监听手机蓝牙状态的改变"
 * (openBluetoothAdapter doc, H): the module opens even when the switch is off, and reports the switch.
 */
export interface BluetoothAdapter {
  /** Opened modes. iOS opens central and peripheral separately ("需分别调用一次，并指定对应的 mode"). */
  readonly opened: Set<'central' | 'peripheral'>
  /** A device scan runs (wx.startBluetoothDevicesDiscovery; apis/bluetooth/ble-discovery.ts). */
  discovering: boolean
}

export function bluetoothAdapter(core: RuntimeCore): BluetoothAdapter {
  return stateOf(core, 'bluetooth.adapter', () => {
    const adapter: BluetoothAdapter = { opened: new Set(), discovering: false }
    core.device.bluetooth.onChange((available) => {
      if (adapter.opened.size === 0) return
      // Bluetooth off stops a scan (ble-discovery.ts), so `discovering` is false either way.
      adapter.discovering = false
      emitAdapterState(core, { available, discovering: false })
    })
    return adapter
  })
}

/** wx.onBluetoothAdapterStateChange: the switch, and a scan starting or stopping (ble-discovery.ts). */
export function emitAdapterState(core: RuntimeCore, change: WechatMiniprogram.OnBluetoothAdapterStateChangeListenerResult): void {
  later(() => {
    core.trace.record({ type: 'event', name: 'onBluetoothAdapterStateChange', payload: change })
    core.events.emit('bluetoothAdapterStateChange', change)
  })
}

/**
 * "其他蓝牙相关 API 必须在 wx.openBluetoothAdapter 调用之后使用。否则 API 会返回错误（errCode=10000）" (H);
 * errno 1500101 "not init" (PublicErrno); errMsg "<api>:fail not init" (a copy of the doc's example, M).
 */
export function notInit(): Outcome<never> {
  return failure('not init', ERRNO.bluetoothNotInit, { errCode: 10000 })
}
