import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.getStorageInfo / wx.getStorageInfoSync (api/storage/wx.getStorageInfo.html)', () => {
  test('keys in the order stored, currentSize and limitSize in KB (limit 10240 KB = 10MB)', async () => {
    const { wx } = createRuntime()
    wx.setStorageSync('first', 'x'.repeat(2048 - 'first'.length))
    wx.setStorageSync('second', 1)
    await expect(wx.getStorageInfo()).resolves.toEqual({ errMsg: 'getStorageInfo:ok', keys: ['first', 'second'], currentSize: 3, limitSize: 10240 })
    expect(wx.getStorageInfoSync()).toEqual({ keys: ['first', 'second'], currentSize: 3, limitSize: 10240 })
  })
})
