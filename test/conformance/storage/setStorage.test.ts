import { describe, expect, test } from 'vitest'
import { AppServiceSdkKnownError, createRuntime } from '../../../src/index.ts'

const MB = 1024 * 1024

describe('wx.setStorage / wx.setStorageSync (api/storage/wx.setStorage.html)', () => {
  test('stores a value under a key and overwrites what the key held ("会覆盖掉原来该 key 对应的内容")', async () => {
    const { wx } = createRuntime()
    await expect(wx.setStorage({ key: 'k', data: 1 })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    wx.setStorageSync('k', 'two')
    expect(wx.getStorageSync('k')).toBe('two')
  })

  test('keeps native types and Date; objects come back as JSON copies (base library anyTypeToString)', () => {
    const { wx } = createRuntime()
    const when = new Date(Date.UTC(2026, 0, 2))
    const obj = { a: [1, { b: true }], when }
    wx.setStorageSync('n', 42)
    wx.setStorageSync('b', false)
    wx.setStorageSync('d', when)
    wx.setStorageSync('o', obj)
    wx.setStorageSync('nil', null)
    expect(wx.getStorageSync('n')).toBe(42)
    expect(wx.getStorageSync('b')).toBe(false)
    expect(wx.getStorageSync('d')).toEqual(when)
    expect(wx.getStorageSync('d')).toBeInstanceOf(Date)
    expect(wx.getStorageSync('nil')).toBeNull()
    const back = wx.getStorageSync('o')
    expect(back).toEqual({ a: [1, { b: true }], when: when.toISOString() })
    back.a.push(2)
    expect(wx.getStorageSync('o').a).toHaveLength(2)
  })

  test('a value that is not serialisable (a function, a Map) is stored as an empty string', () => {
    const { wx } = createRuntime()
    wx.setStorageSync('f', () => 1)
    wx.setStorageSync('m', new Map([[1, 2]]))
    expect(wx.getStorageSync('f')).toBe('')
    expect(wx.getStorageSync('m')).toBe('')
  })

  test('a single key holds at most 1MB, counted as key length + stored length: setStorage:fail:entry size limit reached', async () => {
    const { wx, storage } = createRuntime()
    const key = 'k'
    await expect(wx.setStorage({ key, data: 'x'.repeat(MB - key.length) })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    await expect(wx.setStorage({ key, data: 'x'.repeat(MB - key.length + 1) })).rejects.toEqual({ errMsg: 'setStorage:fail:entry size limit reached' })
    expect((storage.get(key) as string).length).toBe(MB - key.length) // the old value stays
  })

  test('all keys together hold at most 10MB: setStorage:fail exceed storage max size 10Mb', async () => {
    const { wx } = createRuntime()
    const chunk = 'x'.repeat(MB - 2)
    for (let i = 0; i < 10; i++) wx.setStorageSync(`k${i}`, chunk)
    await expect(wx.setStorage({ key: 'more', data: 'y' })).rejects.toEqual({ errMsg: 'setStorage:fail exceed storage max size 10Mb' })
    // Replacing a key counts the old value out first.
    await expect(wx.setStorage({ key: 'k0', data: 'small' })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    await expect(wx.setStorage({ key: 'more', data: 'y' })).resolves.toEqual({ errMsg: 'setStorage:ok' })
  })

  test('the Sync form throws the client error: APP-SERVICE-SDK:setStorageSync:fail …', () => {
    const { wx } = createRuntime()
    let thrown: unknown
    try {
      wx.setStorageSync('big', 'x'.repeat(MB))
    } catch (e) {
      thrown = e
    }
    expect(thrown).toBeInstanceOf(AppServiceSdkKnownError)
    expect(thrown).toBeInstanceOf(Error)
    expect((thrown as Error).message).toBe('APP-SERVICE-SDK:setStorageSync:fail:entry size limit reached')
    expect((thrown as { type: string }).type).toBe('AppServiceSdkKnownError')
    expect(thrown).not.toHaveProperty('errMsg')
  })

  test('a failed Sync call is traced as the call\'s fail result', () => {
    const rt = createRuntime()
    expect(() => rt.wx.setStorageSync('big', 'x'.repeat(MB))).toThrow()
    expect(rt.timeline()).toContain('fail    wx.setStorageSync → setStorageSync:fail:entry size limit reached')
  })

  test('key must be a String (parameter error); the Sync form throws it', async () => {
    const { wx } = createRuntime()
    await expect(wx.setStorage({ data: 1 } as never)).rejects.toMatchObject({
      errMsg: 'setStorage:fail parameter error: parameter.key should be String instead of Undefined;',
    })
    expect(() => wx.setStorageSync(7 as never, 1)).toThrow('APP-SERVICE-SDK:setStorageSync:fail parameter error: parameter.key should be String instead of Number;')
  })

  test('an empty key fails (decompiled Android client: "fail:key is empty")', async () => {
    const { wx } = createRuntime()
    await expect(wx.setStorage({ key: '', data: 1 })).rejects.toEqual({ errMsg: 'setStorage:fail:key is empty' })
  })

  test('a value JSON cannot serialise fails with JSON.stringify\'s message (async) and throws it (Sync)', async () => {
    const { wx } = createRuntime()
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    const res = await wx.setStorage({ key: 'c', data: cyclic }).catch((e: { errMsg: string }) => e)
    expect(res.errMsg).toMatch(/^setStorage:fail .*circular/i)
    expect(() => wx.setStorageSync('c', cyclic)).toThrow(TypeError)
  })

  test('callback style: success then complete, with the result', async () => {
    const { wx } = createRuntime()
    const seen: string[] = []
    await new Promise<void>((done) =>
      wx.setStorage({ key: 'k', data: 1, success: (r) => seen.push(`success ${r.errMsg}`), complete: () => (seen.push('complete'), done()) }),
    )
    expect(seen).toEqual(['success setStorage:ok', 'complete'])
  })
})
