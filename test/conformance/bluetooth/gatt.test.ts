import { describe, expect, test } from 'vitest'
import { connectedScale, flush, readyScale, SCALE_NOTIFY, SCALE_SERVICE, SCALE_WRITE } from './ble-app.ts'

const ids = (deviceId: string, characteristicId: string) => ({ deviceId, serviceId: SCALE_SERVICE, characteristicId })

describe('wx.getBLEDeviceServices / wx.getBLEDeviceCharacteristics', () => {
  test('the services and their characteristics, UUIDs in the client\'s 128-bit upper-case form', async () => {
    const { rt, deviceId } = await connectedScale()
    await expect(rt.wx.getBLEDeviceServices({ deviceId })).resolves.toEqual({
      errMsg: 'getBLEDeviceServices:ok',
      services: [{ uuid: SCALE_SERVICE, isPrimary: true }],
    })
    await expect(rt.wx.getBLEDeviceCharacteristics({ deviceId, serviceId: SCALE_SERVICE })).resolves.toEqual({
      errMsg: 'getBLEDeviceCharacteristics:ok',
      characteristics: [
        { uuid: SCALE_NOTIFY, properties: { read: true, write: false, notify: true, indicate: false, writeNoResponse: false, writeDefault: false } },
        { uuid: SCALE_WRITE, properties: { read: false, write: true, notify: false, indicate: false, writeNoResponse: true, writeDefault: true } },
      ],
    })
  })

  test('before a connection: 10006 no connection', async () => {
    const { rt, deviceId } = await connectedScale()
    await rt.wx.closeBLEConnection({ deviceId })
    await expect(rt.wx.getBLEDeviceCharacteristics({ deviceId, serviceId: SCALE_SERVICE })).rejects.toMatchObject({ errCode: 10006 })
  })

  test('characteristics of a service not read with getBLEDeviceServices, or unknown: 10004 no service', async () => {
    const { rt, deviceId } = await connectedScale()
    await expect(rt.wx.getBLEDeviceCharacteristics({ deviceId, serviceId: SCALE_SERVICE })).rejects.toEqual({
      errMsg: 'getBLEDeviceCharacteristics:fail no service',
      errno: 1500103,
      errCode: 10004,
    })
    await rt.wx.getBLEDeviceServices({ deviceId })
    await expect(rt.wx.getBLEDeviceCharacteristics({ deviceId, serviceId: '0000180D-0000-1000-8000-00805F9B34FB' })).rejects.toMatchObject({ errCode: 10004 })
  })

  test('a reconnect must read the GATT table again before writing (community: "直接使用serviceUUid…报错10004")', async () => {
    const { rt, deviceId } = await readyScale()
    await rt.wx.closeBLEConnection({ deviceId })
    await rt.wx.createBLEConnection({ deviceId })
    const write = { ...ids(deviceId, SCALE_WRITE), value: new Uint8Array([1]).buffer }
    await expect(rt.wx.writeBLECharacteristicValue(write)).rejects.toMatchObject({ errMsg: 'writeBLECharacteristicValue:fail no service', errCode: 10004 })
    await rt.wx.getBLEDeviceServices({ deviceId })
    await expect(rt.wx.writeBLECharacteristicValue(write)).rejects.toEqual({ errMsg: 'writeBLECharacteristicValue:fail no characteristic', errno: 1509002, errCode: 10005 })
  })
})

describe('wx.readBLECharacteristicValue', () => {
  test('"接口读取到的信息需要在 wx.onBLECharacteristicValueChange 方法注册的回调中获取"', async () => {
    const { rt, deviceId, peripheral } = await readyScale()
    peripheral.setValue('FFE0', 'FFE1', new Uint8Array([0x2a, 0x01]).buffer)
    const values: WechatMiniprogram.OnBLECharacteristicValueChangeListenerResult[] = []
    rt.wx.onBLECharacteristicValueChange((v) => values.push(v))
    await expect(rt.wx.readBLECharacteristicValue(ids(deviceId, SCALE_NOTIFY))).resolves.toEqual({ errMsg: 'readBLECharacteristicValue:ok', errCode: 0 })
    await flush(rt)
    expect(values).toEqual([{ ...ids(deviceId, SCALE_NOTIFY), value: new Uint8Array([0x2a, 0x01]).buffer }])
  })

  test('"必须设备的特征支持 read 才可以成功调用": 10007 property not support', async () => {
    const { rt, deviceId } = await readyScale()
    await expect(rt.wx.readBLECharacteristicValue(ids(deviceId, SCALE_WRITE))).rejects.toEqual({
      errMsg: 'readBLECharacteristicValue:fail property not support',
      errno: 1509004,
      errCode: 10007,
    })
  })
})

describe('wx.notifyBLECharacteristicValueChange / wx.onBLECharacteristicValueChange', () => {
  test('"必须先启用 notifyBLECharacteristicValueChange 才能监听到": notifications before subscribing and after state: false are not heard', async () => {
    const { rt, deviceId, peripheral } = await readyScale()
    const values: number[] = []
    rt.wx.onBLECharacteristicValueChange((v) => values.push(new Uint8Array(v.value)[0]!))
    await peripheral.notify('FFE0', 'FFE1', new Uint8Array([1]).buffer)
    await rt.wx.notifyBLECharacteristicValueChange({ ...ids(deviceId, SCALE_NOTIFY), state: true })
    await peripheral.notify('FFE0', 'FFE1', new Uint8Array([2]).buffer)
    await rt.wx.notifyBLECharacteristicValueChange({ ...ids(deviceId, SCALE_NOTIFY), state: false })
    await peripheral.notify('FFE0', 'FFE1', new Uint8Array([3]).buffer)
    expect(values).toEqual([2])
  })

  test('"必须设备的特征支持 notify 或者 indicate 才可以成功调用": 10007', async () => {
    const { rt, deviceId } = await readyScale()
    await expect(rt.wx.notifyBLECharacteristicValueChange({ ...ids(deviceId, SCALE_WRITE), state: true })).rejects.toMatchObject({
      errMsg: 'notifyBLECharacteristicValueChange:fail property not support',
      errCode: 10007,
    })
    await expect(rt.wx.notifyBLECharacteristicValueChange({ ...ids(deviceId, SCALE_NOTIFY), state: true, type: 'indication' })).rejects.toMatchObject({ errCode: 10007 })
  })

  test('offBLECharacteristicValueChange() removes every listener', async () => {
    const { rt, deviceId, peripheral } = await readyScale()
    const values: unknown[] = []
    rt.wx.onBLECharacteristicValueChange((v) => values.push(v))
    await rt.wx.notifyBLECharacteristicValueChange({ ...ids(deviceId, SCALE_NOTIFY), state: true })
    rt.wx.offBLECharacteristicValueChange()
    await peripheral.notify('FFE0', 'FFE1', new Uint8Array([1]).buffer)
    expect(values).toEqual([])
  })
})

describe('wx.writeBLECharacteristicValue', () => {
  test('writeType forces the mode; a mode the characteristic lacks fails 10007 ("不支持时报错")', async () => {
    const { rt, deviceId, peripheral } = await readyScale('android', {
      services: [{ uuid: 'FFE0', characteristics: [{ uuid: 'FFE2', properties: { write: true } }] }],
    })
    const value = new Uint8Array([7]).buffer
    await expect(rt.wx.writeBLECharacteristicValue({ ...ids(deviceId, SCALE_WRITE), value, writeType: 'writeNoResponse' })).rejects.toMatchObject({
      errMsg: 'writeBLECharacteristicValue:fail property not support',
      errCode: 10007,
    })
    await expect(rt.wx.writeBLECharacteristicValue({ ...ids(deviceId, SCALE_WRITE), value })).resolves.toEqual({ errMsg: 'writeBLECharacteristicValue:ok', errCode: 0 })
    expect(peripheral.writes.map((w) => w.writeType)).toEqual(['write'])
  })

  test('value must be an ArrayBuffer ("这里的value是ArrayBuffer类型")', async () => {
    const { rt, deviceId } = await readyScale()
    await expect(rt.wx.writeBLECharacteristicValue({ ...ids(deviceId, SCALE_WRITE), value: 'AA01' as never })).rejects.toMatchObject({
      errMsg: 'writeBLECharacteristicValue:fail parameter error: parameter.value should be ArrayBuffer instead of String;',
    })
  })

  test('"建议每次写入不超过 20 字节": Android fails 10008 past ATT_MTU − 3, and takes more after setBLEMTU', async () => {
    const { rt, deviceId, peripheral } = await readyScale('android')
    const write = (n: number) => rt.wx.writeBLECharacteristicValue({ ...ids(deviceId, SCALE_WRITE), value: new ArrayBuffer(n) })
    await expect(write(20)).resolves.toMatchObject({ errCode: 0 })
    await expect(write(21)).rejects.toEqual({ errMsg: 'writeBLECharacteristicValue:fail system error', errno: 1500104, errCode: 10008 })
    await rt.wx.setBLEMTU({ deviceId, mtu: 103 })
    await expect(write(100)).resolves.toMatchObject({ errCode: 0 })
    expect(peripheral.writes.map((w) => w.value.byteLength)).toEqual([20, 100])
  })

  test('"若单次写入数据过长，iOS 上存在系统不会有任何回调的情况（包括错误回调）"', async () => {
    const { rt, deviceId } = await readyScale('ios')
    let called = false
    rt.wx.writeBLECharacteristicValue({ ...ids(deviceId, SCALE_WRITE), value: new ArrayBuffer(600), complete: () => (called = true) })
    await flush(rt)
    rt.clock.advance(60_000)
    await flush(rt)
    expect(called).toBe(false)
  })
})
