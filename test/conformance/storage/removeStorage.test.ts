import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.removeStorage / wx.clearStorage and their Sync forms', () => {
  test('removeStorage deletes one key (api/storage/wx.removeStorage.html)', async () => {
    const { wx } = createRuntime()
    wx.setStorageSync('a', 1)
    wx.setStorageSync('b', 2)
    await expect(wx.removeStorage({ key: 'a' })).resolves.toEqual({ errMsg: 'removeStorage:ok' })
    expect(wx.getStorageInfoSync().keys).toEqual(['b'])
    wx.removeStorageSync('b')
    expect(wx.getStorageInfoSync().keys).toEqual([])
  })

  test('removing a key that is not there succeeds', async () => {
    const { wx } = createRuntime()
    await expect(wx.removeStorage({ key: 'nope' })).resolves.toEqual({ errMsg: 'removeStorage:ok' })
  })

  test('clearStorage empties everything (api/storage/wx.clearStorage.html)', async () => {
    const { wx } = createRuntime({ storage: { a: 1, b: 'x' } })
    await expect(wx.clearStorage()).resolves.toEqual({ errMsg: 'clearStorage:ok' })
    expect(wx.getStorageInfoSync()).toEqual({ keys: [], currentSize: 0, limitSize: 10240 })
    wx.setStorageSync('c', 1)
    wx.clearStorageSync()
    expect(wx.getStorageSync('c')).toBe('')
  })
})
