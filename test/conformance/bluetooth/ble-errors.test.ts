import { describe, expect, test } from 'vitest'
import { BLE_ERRORS } from '../../../src/runtime/apis/bluetooth/ble-errors.ts'

describe('the Bluetooth error table', () => {
  test('errCode → 错误信息 exactly as the doc\'s 错误 table (wx.openBluetoothAdapter page, BluetoothError typings)', () => {
    const doc = {
      [-1]: 'already connect',
      10000: 'not init',
      10001: 'not available',
      10002: 'no device',
      10003: 'connection fail',
      10004: 'no service',
      10005: 'no characteristic',
      10006: 'no connection',
      10007: 'property not support',
      10008: 'system error',
      10009: 'system not support',
      10012: 'operate time out',
      10013: 'invalid_data',
    }
    expect(Object.fromEntries(Object.entries(BLE_ERRORS).map(([code, row]) => [code, row.reason.replace(/^:/, '')]))).toEqual(
      Object.fromEntries(Object.entries(doc)),
    )
  })
})
