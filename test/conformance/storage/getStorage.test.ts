import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.getStorage / wx.getStorageSync (api/storage/wx.getStorage.html)', () => {
  test('reads what was stored: { data, errMsg: "getStorage:ok" }', async () => {
    const { wx } = createRuntime()
    wx.setStorageSync('token', 'abc')
    await expect(wx.getStorage({ key: 'token' })).resolves.toEqual({ errMsg: 'getStorage:ok', data: 'abc' })
  })

  test('a missing key fails with getStorage:fail data not found', async () => {
    const { wx } = createRuntime()
    await expect(wx.getStorage({ key: 'nope' })).rejects.toEqual({ errMsg: 'getStorage:fail data not found' })
  })

  test('getStorageSync of a missing key returns "" and does not throw', () => {
    const { wx } = createRuntime()
    expect(wx.getStorageSync('nope')).toBe('')
    expect(wx.getStorageSync('nope') || []).toEqual([]) // the quick-start template's idiom
  })

  test('a stored undefined reads back as undefined (not the missing-key "")', () => {
    const { wx } = createRuntime()
    wx.setStorageSync('u', undefined)
    expect(wx.getStorageSync('u')).toBeUndefined()
  })

  test('each runtime has its own storage (one user × one mini program)', () => {
    const a = createRuntime()
    const b = createRuntime()
    a.wx.setStorageSync('k', 1)
    expect(b.wx.getStorageSync('k')).toBe('')
  })
})
