// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth-ble/wx.createBLEConnection.html (1.1.0)
// "连接蓝牙低功耗设备。若小程序在之前已有搜索过某个蓝牙设备，并成功建立连接，可直接传入之前搜索获取的 deviceId 直接尝试
// 连接该设备，无需再次进行搜索操作" (H). `timeout`: "超时时间，单位 ms，不填表示不会超时" (H) → 10012 operate time out.
// - deviceId empty or not the platform's form → 10013 invalid_data ("连接 deviceId 为空或者是格式不正确", H).
// - already connected → -1 'createBLEConnection:fail:already connect' (app code, M; ble-errors.ts).
// - iOS knows a device only once it has seen it (CoreBluetooth retrieves known peripherals): never found → 10002
//   no device (the doc's sentence above; M).
// - A device out of range or not connectable: iOS waits (CoreBluetooth "connection attempts do not time out", Apple
//   connectPeripheral doc, H); Android's GATT gives up after 30 s → 10003 connection fail (status 133, community
//   reports, L). With `timeout`, 10012 comes first.
// - Connected: onBLEConnectionStateChange `{ deviceId, connected: true }` (M: app logs) and the device joins
//   wx.getBluetoothDevices ("包括已经和本机处于连接状态的设备", H).
import type { ApiContext } from '../../core.ts'
import { phoneSide, type BlePeripheral } from '../../device/ble-peripheral-handle.ts'
import { deviceIdStyle, isDeviceIdOf } from '../../device/ble-uuid.ts'
import { ok, type Outcome } from '../../errors/wx-error.ts'
import { later } from '../../facade/deliver.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { central, centralUnusable, deviceInfo, emitEvent, normalizeDeviceId, type ConnectAttempt } from './ble-central.ts'
import { bleFail } from './ble-errors.ts'

/** Android's GATT connect timeout (L). */
export const ANDROID_CONNECT_GIVE_UP_MS = 30_000
/** ATT's default MTU; iOS negotiates its own at connection, taken as 185 (a current iPhone's, L). */
const DEFAULT_MTU = 23
const IOS_MTU = 185

type Result = Outcome<PayloadOf<'createBLEConnection'>>

export const createBLEConnection = defineAsyncApi({
  name: 'createBLEConnection',
  params: { deviceId: 'String!', timeout: 'Number' },
  run(ctx, { deviceId, timeout }): Result | Promise<Result> {
    const unusable = centralUnusable(ctx)
    if (unusable) return unusable
    const style = deviceIdStyle(ctx.device.platform)
    if (!isDeviceIdOf(style, deviceId)) return bleFail(10013)
    const id = normalizeDeviceId(deviceId)
    const state = central(ctx)
    if (state.connections.has(id)) return bleFail(-1)
    if (style === 'uuid' && !state.known.has(id)) return bleFail(10002)
    const attempt = state.connecting.get(id) ?? startAttempt(ctx, id)
    return new Promise<Result>((resolve) => {
      const timers: (() => void)[] = []
      const end = (outcome: Outcome<never> | undefined) => {
        attempt.waiters.delete(end)
        if (attempt.waiters.size === 0 && state.connecting.get(id) === attempt) state.connecting.delete(id)
        for (const cancel of timers) cancel()
        resolve(outcome ?? ok({ errCode: 0 } as PayloadOf<'createBLEConnection'>))
      }
      attempt.waiters.add(end)
      if (typeof timeout === 'number' && timeout > 0) timers.push(ctx.clock.schedule(timeout, () => end(bleFail(10012))))
      if (style === 'mac') timers.push(ctx.clock.schedule(ANDROID_CONNECT_GIVE_UP_MS, () => end(bleFail(10003))))
      attempt.tryNow()
    })
  },
})

function startAttempt(ctx: ApiContext, id: string): ConnectAttempt {
  const state = central(ctx)
  let scheduled = false
  const attempt: ConnectAttempt = {
    waiters: new Set(),
    tryNow() {
      const p = ctx.device.bluetooth.peripheral(id)
      if (scheduled || !p || !p.inRange || !phoneSide(p).data.connectable) return
      scheduled = true
      const connect = () => {
        scheduled = false
        if (state.connecting.get(id) !== attempt || !p.inRange || !ctx.device.bluetooth.enabled) return
        link(ctx, p)
        for (const end of [...attempt.waiters]) end(undefined)
      }
      if (phoneSide(p).data.connectDelay > 0) ctx.clock.schedule(phoneSide(p).data.connectDelay, connect)
      else later(connect)
    },
  }
  state.connecting.set(id, attempt)
  return attempt
}

function link(ctx: ApiContext, p: BlePeripheral): void {
  const state = central(ctx)
  const mtu = ctx.device.platform === 'android' ? DEFAULT_MTU : Math.min(IOS_MTU, phoneSide(p).data.maxMtu)
  state.connections.set(p.deviceId, { peripheral: p, servicesRead: false, characteristicsRead: new Set(), subscribed: new Set(), mtu })
  state.known.add(p.deviceId)
  state.found.set(p.deviceId, deviceInfo(p))
  phoneSide(p).setConnected(true)
  emitEvent(ctx, 'onBLEConnectionStateChange', 'bleConnectionStateChange', { deviceId: p.deviceId, connected: true })
}
