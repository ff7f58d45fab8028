import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { flush, scale, scaleUtil, SCALE_NOTIFY, SCALE_SERVICE, SCALE_WRITE } from './ble-app.ts'

describe('a "find my scale" page util over a peripheral the test puts near the phone', () => {
  test('scan → found by name → stop → connect → services → characteristics → notify → write → the reading arrives', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android' })
    const peripheral = rt.device.bluetooth.addPeripheral(scale({ deviceId: 'C8:FD:19:4A:0B:21' }))
    peripheral.onWrite((write) => {
      if (new Uint8Array(write.value)[0] === 0x01) void peripheral.notify(write.serviceId, SCALE_NOTIFY, new Uint16Array([725]).buffer)
    })
    const util = scaleUtil(rt.wx)
    const connecting = util.connectScale()
    await flush(rt)
    rt.clock.advance(100) // one advertising interval: the scan hears the scale
    const link = await connecting
    expect(link).toEqual({ deviceId: 'C8:FD:19:4A:0B:21', serviceId: SCALE_SERVICE, notifyId: SCALE_NOTIFY, writeId: SCALE_WRITE })
    expect(peripheral.connected).toBe(true)
    await expect(util.weigh(link)).resolves.toBe(72.5)
    // Android writes without response when the characteristic allows both ("安卓优先 writeNoResponse").
    expect(peripheral.writes).toEqual([{ serviceId: SCALE_SERVICE, characteristicId: SCALE_WRITE, value: new Uint8Array([1]).buffer, writeType: 'writeNoResponse' }])
    await expect(rt.wx.getBluetoothAdapterState()).resolves.toMatchObject({ discovering: false, available: true })
  })

  test('iOS: the same util, a UUID deviceId, writes with response ("iOS 优先 write")', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'ios', bluetooth: { peripherals: [scale()] } })
    const [peripheral] = rt.device.bluetooth.peripherals
    peripheral!.onWrite((w) => void peripheral!.notify(w.serviceId, 'FFE1', new Uint16Array([601]).buffer))
    const util = scaleUtil(rt.wx)
    const connecting = util.connectScale()
    await flush(rt)
    rt.clock.advance(100)
    const link = await connecting
    expect(link.deviceId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/)
    await expect(util.weigh(link)).resolves.toBe(60.1)
    expect(peripheral!.writes[0]!.writeType).toBe('write')
  })

  test('the scale is not near: the util keeps scanning and nothing is found', async () => {
    const rt = createRuntime({ scenario: 'granted', bluetooth: { peripherals: [scale({ name: 'OtherBand', localName: 'OtherBand' })] } })
    let done = false
    void scaleUtil(rt.wx).connectScale().then(() => (done = true))
    await flush(rt)
    rt.clock.advance(5_000)
    await flush(rt)
    expect(done).toBe(false)
    await expect(rt.wx.getBluetoothAdapterState()).resolves.toMatchObject({ discovering: true })
  })
})
