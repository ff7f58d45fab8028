import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { flush } from './ble-app.ts'

/** The peripheral-mode page: open, create a server, advertise (callbacks only, as the server's methods are). */
async function advertisingServer() {
  const rt = createRuntime({ scenario: 'granted' })
  const changes: WechatMiniprogram.OnBLEPeripheralConnectionStateChangedListenerResult[] = []
  rt.wx.onBLEPeripheralConnectionStateChanged((c) => changes.push(c))
  await rt.wx.openBluetoothAdapter({ mode: 'peripheral' })
  const { server } = await rt.wx.createBLEPeripheralServer()
  await new Promise((done) => server.startAdvertising({ advertiseRequest: { deviceName: 'fake-lock' }, success: done, fail: done }))
  return { rt, server, changes }
}

describe('wx.onBLEPeripheralConnectionStateChanged: "监听当前外围设备被连接或断开连接事件"', () => {
  test('a remote central connects to the advertising server, then disconnects: { deviceId, serverId, connected }', async () => {
    const { rt, changes } = await advertisingServer()
    await rt.device.bluetooth.connectCentral('6A:10:22:33:44:55')
    await rt.device.bluetooth.disconnectCentral('6A:10:22:33:44:55')
    expect(changes).toEqual([
      { deviceId: '6A:10:22:33:44:55', serverId: expect.any(String), connected: true },
      { deviceId: '6A:10:22:33:44:55', serverId: changes[0]!.serverId, connected: false },
    ])
  })

  test('closing the server drops its centrals', async () => {
    const { rt, server, changes } = await advertisingServer()
    await rt.device.bluetooth.connectCentral('6A:10:22:33:44:55')
    server.close({})
    await flush(rt)
    expect(changes.map((c) => c.connected)).toEqual([true, false])
  })

  test('offBLEPeripheralConnectionStateChanged() removes the listeners', async () => {
    const { rt, changes } = await advertisingServer()
    rt.wx.offBLEPeripheralConnectionStateChanged()
    await rt.device.bluetooth.connectCentral('6A:10:22:33:44:55')
    expect(changes).toEqual([])
  })

  test('no server advertises: the test is told, loudly', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    expect(() => rt.device.bluetooth.connectCentral('6A:10:22:33:44:55')).toThrow(/No BLEPeripheralServer is advertising/)
  })
})
