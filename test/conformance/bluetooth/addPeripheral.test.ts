import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { scale } from './ble-app.ts'

describe('rt.device.bluetooth.addPeripheral: the test\'s peripherals, checked', () => {
  test('deviceIds look like the platform\'s: a MAC on Android, a UUID on iOS', () => {
    const android = createRuntime({ platform: 'android' })
    expect(android.device.bluetooth.addPeripheral({ name: 'A' }).deviceId).toBe('00:00:00:00:00:01')
    expect(() => android.device.bluetooth.addPeripheral({ deviceId: '5E2C1A3B-7F00-4B0E-9C41-0A1B2C3D4E5F' })).toThrow(/MAC address such as 'AA:BB:CC:DD:EE:FF'/)
    const ios = createRuntime({ platform: 'ios' })
    expect(ios.device.bluetooth.addPeripheral({ deviceId: '5e2c1a3b-7f00-4b0e-9c41-0a1b2c3d4e5f' }).deviceId).toBe('5E2C1A3B-7F00-4B0E-9C41-0A1B2C3D4E5F')
    expect(() => ios.device.bluetooth.addPeripheral({ deviceId: 'AA:BB:CC:DD:EE:FF' })).toThrow(/a UUID such as/)
    expect(() => ios.device.bluetooth.addPeripheral({ deviceId: '5E2C1A3B-7F00-4B0E-9C41-0A1B2C3D4E5F' })).toThrow(/already near the phone/)
  })

  test('bad fixtures fail with a FakeWxError that says what to write', () => {
    const rt = createRuntime()
    const add = (spec: object) => () => rt.device.bluetooth.addPeripheral(spec as never)
    expect(add({ nmae: 'typo' })).toThrow(/unknown key nmae/)
    expect(add({ advertisData: [1, 2] })).toThrow(/advertisData must be an ArrayBuffer/)
    expect(add({ advertisData: new ArrayBuffer(1), manufacturer: new ArrayBuffer(1) })).toThrow(/not both/)
    expect(add({ RSSI: 20 })).toThrow(/RSSI is in dBm/)
    expect(add({ services: [{ uuid: 'not-a-uuid' }] })).toThrow(/is not a Bluetooth UUID/)
    expect(add({ services: [{ uuid: 'FFE0', characteristics: [{ uuid: 'FFE1', properties: { reed: true } }] }] })).toThrow(/unknown property "reed"/)
    expect(() => createRuntime({ bluetooth: { peripherals: [{ advertisingInterval: -1 }] } })).toThrow(/advertisingInterval must be a number/)
  })

  test('the handle refuses what the peripheral cannot do', async () => {
    const rt = createRuntime({ bluetooth: { peripherals: [scale()] } })
    const p = rt.device.bluetooth.peripherals[0]!
    expect(() => p.notify('FFE0', 'FFE2', new ArrayBuffer(1))).toThrow(/neither notify nor indicate/)
    expect(() => p.notify('FFE0', '2A37', new ArrayBuffer(1))).toThrow(/has no characteristic 2A37/)
    expect(() => p.disconnect()).toThrow(/is not connected/)
    expect(rt.device.bluetooth.peripheral(p.deviceId)).toBe(p)
  })

  test('the peripheral side shows in the timeline', async () => {
    const rt = createRuntime({ bluetooth: { peripherals: [scale()] } })
    await rt.device.bluetooth.peripherals[0]!.goAway()
    expect(rt.timeline()).toMatch(/device +ble.addPeripheral/)
    expect(rt.timeline()).toMatch(/device +ble.goAway/)
  })
})
