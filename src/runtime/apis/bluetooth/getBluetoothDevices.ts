// https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.getBluetoothDevices.html (1.1.0)
// "获取在蓝牙模块生效期间所有搜索到的蓝牙设备。包括已经和本机处于连接状态的设备" (H); the list lasts until
// wx.closeBluetoothAdapter ("若在蓝牙模块使用流程结束后未及时调用 wx.closeBluetoothAdapter 释放资源，会存在调用该接口
// 会返回之前的蓝牙使用流程中搜索到的蓝牙设备", H).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { central, centralUnusable } from './ble-central.ts'

export const getBluetoothDevices = defineAsyncApi({
  name: 'getBluetoothDevices',
  run(ctx) {
    const unusable = centralUnusable(ctx)
    if (unusable) return unusable
    const devices = [...central(ctx).found.values()].map((d) => ({ ...d, advertisData: d.advertisData.slice(0) }))
    return ok({ devices })
  },
})
