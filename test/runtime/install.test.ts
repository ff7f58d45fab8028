// rt.install() / rt.uninstall(): put rt.wx on globalThis.wx before app modules load, and restore exactly what
// was there afterwards. The global stays writable: some apps reassign `wx = require('./wrapped-wx')` (research §6).
import { afterEach, describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../src/index.ts'

const g = globalThis as unknown as Record<string, unknown>

afterEach(() => {
  delete g.wx
})

describe('rt.install / rt.uninstall', () => {
  test('install puts rt.wx on globalThis.wx; code using the bare global `wx` reaches it', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    expect('wx' in globalThis).toBe(false)
    rt.install()
    expect(g.wx).toBe(rt.wx)
    await expect(wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt.wx.getLocation).toHaveBeenCalledTimes(1)
    rt.uninstall()
  })

  test('uninstall with no previous wx removes the property entirely', () => {
    const rt = createRuntime()
    rt.install()
    rt.uninstall()
    expect(Object.getOwnPropertyDescriptor(globalThis, 'wx')).toBeUndefined()
    expect('wx' in globalThis).toBe(false)
  })

  test('uninstall restores a previous wx exactly: same value, same property descriptor', () => {
    const previous = { mine: true }
    Object.defineProperty(globalThis, 'wx', { value: previous, writable: false, enumerable: true, configurable: true })
    const before = Object.getOwnPropertyDescriptor(globalThis, 'wx')
    const rt = createRuntime()
    rt.install()
    expect(g.wx).toBe(rt.wx)
    rt.uninstall()
    expect(Object.getOwnPropertyDescriptor(globalThis, 'wx')).toEqual(before)
    expect(g.wx).toBe(previous)
  })

  test('restores a previous accessor property too', () => {
    let reads = 0
    Object.defineProperty(globalThis, 'wx', { get: () => (reads++, 'from-getter'), configurable: true })
    const before = Object.getOwnPropertyDescriptor(globalThis, 'wx')
    const rt = createRuntime()
    rt.install()
    rt.uninstall()
    expect(Object.getOwnPropertyDescriptor(globalThis, 'wx')).toEqual(before)
    expect(g.wx).toBe('from-getter')
  })

  test('the installed global is writable and configurable (apps reassign it); uninstall still restores', () => {
    g.wx = 'old'
    const rt = createRuntime()
    rt.install()
    const d = Object.getOwnPropertyDescriptor(globalThis, 'wx')!
    expect(d.writable).toBe(true)
    expect(d.configurable).toBe(true)
    g.wx = { wrapped: rt.wx }
    rt.uninstall()
    expect(g.wx).toBe('old')
  })

  test('a double install throws a FakeWxError that says what to do; nothing changes', () => {
    const rt = createRuntime()
    rt.install()
    expect(() => rt.install()).toThrow(FakeWxError)
    expect(() => rt.install()).toThrow(/rt\.install\(\) was called twice[\s\S]*rt\.uninstall\(\)/)
    rt.uninstall()
    expect('wx' in globalThis).toBe(false)
  })

  test('uninstall before any install throws; a second uninstall is a no-op (issue 11 defect 3)', () => {
    const rt = createRuntime()
    expect(() => rt.uninstall()).toThrow(FakeWxError)
    expect(() => rt.uninstall()).toThrow(/not installed/)
    rt.install()
    rt.uninstall()
    expect(() => rt.uninstall()).not.toThrow()
    expect('wx' in globalThis).toBe(false)
  })

  test('two runtimes nest: each uninstall restores what its install found', () => {
    g.wx = 'original'
    const a = createRuntime()
    const b = createRuntime()
    a.install()
    b.install()
    expect(g.wx).toBe(b.wx)
    b.uninstall()
    expect(g.wx).toBe(a.wx)
    a.uninstall()
    expect(g.wx).toBe('original')
  })

  test('install again after uninstall works', () => {
    const rt = createRuntime()
    rt.install()
    rt.uninstall()
    rt.install()
    expect(g.wx).toBe(rt.wx)
    rt.uninstall()
  })
})
