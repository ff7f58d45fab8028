// The Bluetooth error table. errCode + 错误信息 from the doc's table, the same on every Bluetooth API page
// (https://developers.weixin.qq.com/miniprogram/dev/api/device/bluetooth/wx.openBluetoothAdapter.html "错误",
// and BluetoothError in the typings, H). The errMsg is "<api>:fail <错误信息>" — the form the doc's errno example
// and public app code show ("getBLEDeviceServices:fail no connection", "writeBLECharacteristicValue:fail no device"
// in app logs, M). errno from the PublicErrno table (research.md [ERRNO] copy, 15xx: 1500101 not init, 1500102
// not available, 1500103 no service, 1500104 system error, 1500105 system not support, 1509001 连接BLE设备失败,
// 1509002 no characteristic, 1509003 未连接, 1509004 property, 1509005 超时, 1509006 device not found, 1509007
// already connect; M).
// -1 "already connect" is glued with a colon in every app that matches it: 'createBLEConnection:fail:already connect'
// (two public codebases, M). Some Android builds glue the others the same way ('closeBLEConnection:fail:no connection',
// 'createBLEConnection:fail:operate time out' in the same code, L): not modelled.
import { failure, type Outcome } from '../../errors/wx-error.ts'

export type BleErrCode = -1 | 10000 | 10001 | 10002 | 10003 | 10004 | 10005 | 10006 | 10007 | 10008 | 10009 | 10012 | 10013

interface BleErrorRow {
  readonly reason: string
  readonly errno?: number
  /** The doc's 说明. */
  readonly meaning: string
}

export const BLE_ERRORS: Readonly<Record<BleErrCode, BleErrorRow>> = {
  [-1]: { reason: ':already connect', errno: 1509007, meaning: '已连接' },
  10000: { reason: 'not init', errno: 1500101, meaning: '未初始化蓝牙适配器' },
  10001: { reason: 'not available', errno: 1500102, meaning: '当前蓝牙适配器不可用' },
  10002: { reason: 'no device', errno: 1509006, meaning: '没有找到指定设备' },
  10003: { reason: 'connection fail', errno: 1509001, meaning: '连接失败' },
  10004: { reason: 'no service', errno: 1500103, meaning: '没有找到指定服务' },
  10005: { reason: 'no characteristic', errno: 1509002, meaning: '没有找到指定特征' },
  10006: { reason: 'no connection', errno: 1509003, meaning: '当前连接已断开' },
  10007: { reason: 'property not support', errno: 1509004, meaning: '当前特征不支持此操作' },
  10008: { reason: 'system error', errno: 1500104, meaning: '其余所有系统上报的异常' },
  10009: { reason: 'system not support', errno: 1500105, meaning: 'Android 系统特有，系统版本低于 4.3 不支持 BLE' },
  10012: { reason: 'operate time out', errno: 1509005, meaning: '连接超时' },
  // No errno is listed for invalid_data (L): none is added.
  10013: { reason: 'invalid_data', meaning: '连接 deviceId 为空或者是格式不正确' },
}

/** The client's failure for a Bluetooth errCode: `{ errMsg: '<api>:fail <错误信息>', errCode, errno }`. */
export function bleFail(code: BleErrCode): Outcome<never> {
  const row = BLE_ERRORS[code]
  return failure(row.reason, row.errno, { errCode: code })
}
