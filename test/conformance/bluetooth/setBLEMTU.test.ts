import { describe, expect, test } from 'vitest'
import { connectedScale } from './ble-app.ts'

describe('wx.setBLEMTU / wx.getBLEMTU / wx.getBLEDeviceRSSI', () => {
  test('Android: 23 until negotiated; setBLEMTU gives "最终协商的 MTU 值", capped by what the peripheral accepts', async () => {
    const { rt, deviceId } = await connectedScale('android', { maxMtu: 185 })
    await expect(rt.wx.getBLEMTU({ deviceId })).resolves.toEqual({ errMsg: 'getBLEMTU:ok', mtu: 23 })
    await expect(rt.wx.setBLEMTU({ deviceId, mtu: 247 })).resolves.toEqual({ errMsg: 'setBLEMTU:ok', mtu: 185 })
    await expect(rt.wx.getBLEMTU({ deviceId })).resolves.toMatchObject({ mtu: 185 })
  })

  test('"设置范围为 (22,512) 区间内": outside it fails', async () => {
    const { rt, deviceId } = await connectedScale('android')
    await expect(rt.wx.setBLEMTU({ deviceId, mtu: 512 })).rejects.toMatchObject({ errMsg: 'setBLEMTU:fail invalid_data', errCode: 10013 })
    await expect(rt.wx.setBLEMTU({ deviceId, mtu: 22 })).rejects.toMatchObject({ errCode: 10013 })
  })

  test('"iOS 因系统限制不支持": setBLEMTU fails; getBLEMTU is iOS\'s fixed value', async () => {
    const { rt, deviceId } = await connectedScale('ios')
    await expect(rt.wx.setBLEMTU({ deviceId, mtu: 247 })).rejects.toMatchObject({ errMsg: 'setBLEMTU:fail system error', errCode: 10008 })
    await expect(rt.wx.getBLEMTU({ deviceId })).resolves.toEqual({ errMsg: 'getBLEMTU:ok', mtu: 185 })
  })

  test('"需在 wx.createBLEConnection 调用成功后调用": 10006 without a link', async () => {
    const { rt, deviceId } = await connectedScale('android')
    await rt.wx.closeBLEConnection({ deviceId })
    await expect(rt.wx.getBLEMTU({ deviceId })).rejects.toMatchObject({ errMsg: 'getBLEMTU:fail no connection', errCode: 10006 })
    await expect(rt.wx.setBLEMTU({ deviceId, mtu: 100 })).rejects.toMatchObject({ errCode: 10006 })
    await expect(rt.wx.getBLEDeviceRSSI({ deviceId })).rejects.toMatchObject({ errMsg: 'getBLEDeviceRSSI:fail no connection', errCode: 10006 })
  })

  test('getBLEDeviceRSSI reports the signal, which the test moves with peripheral.setRSSI', async () => {
    const { rt, deviceId, peripheral } = await connectedScale('android')
    await expect(rt.wx.getBLEDeviceRSSI({ deviceId })).resolves.toEqual({ errMsg: 'getBLEDeviceRSSI:ok', RSSI: -55 })
    peripheral.setRSSI(-90)
    await expect(rt.wx.getBLEDeviceRSSI({ deviceId })).resolves.toMatchObject({ RSSI: -90 })
  })
})
