import { describe, vi } from 'vitest'
import { expect, test } from '../../src/vitest.ts'
import { createRuntime } from '../../src/index.ts'

/**
 * A wx spy answers its records from the trace's entries while it can (facade/spy.ts, issue 14): what a test reads
 * must be what tinyspy would have recorded, however calls mix the trace-backed and the spy's own records.
 */
describe('spy records kept once, read as tinyspy keeps them', () => {
  test.override({ fakeWxOptions: { scenario: 'granted' } })

  test('Promise, callback and no-argument calls read in order, with their outcomes', async ({ wx }) => {
    const getSetting = vi.mocked(wx.getSetting)
    const first = await wx.getSetting({})
    await new Promise((resolve) => wx.getSetting({ success: resolve }))
    await wx.getSetting()
    expect(getSetting.mock.calls.map((c) => c.length)).toEqual([1, 1, 0])
    expect(getSetting.mock.calls[1]![0]).toMatchObject({ success: expect.any(Function) })
    expect(getSetting.mock.results.map((r) => r.type)).toEqual(['return', 'return', 'return'])
    expect(getSetting.mock.results[1]!.value).toBeUndefined()
    await expect(getSetting.mock.results[0]!.value).resolves.toEqual(first)
    expect(getSetting.mock.settledResults.map((r) => r.type)).toEqual(['fulfilled', 'fulfilled', 'fulfilled'])
    expect(getSetting.mock.settledResults[0]!.value).toBe(first)
    expect(getSetting.mock.invocationCallOrder).toHaveLength(3)
    expect(getSetting.mock.lastCall).toEqual([])
  })

  test('once read, the records are live as tinyspy\'s; a replacement and a throw mix in in order', async ({ wx }) => {
    const spy = vi.mocked(wx.getSetting)
    await wx.getSetting({ withSubscriptions: false })
    const calls = spy.mock.calls
    spy.mockImplementationOnce((() => Promise.resolve({ errMsg: 'getSetting:ok', authSetting: {} })) as never)
    await wx.getSetting({})
    await wx.getSetting({ a: 1 } as never)
    expect(calls).toEqual([[{ withSubscriptions: false }], [{}], [{ a: 1 }]])
    expect(() => wx.getSetting({ get success(): never { throw new Error('getter') } })).toThrow('getter')
    expect(spy.mock.results.map((r) => r.type)).toEqual(['return', 'return', 'return', 'throw'])
  })

  test('a pending call reads as incomplete, then settles into the record; a refusal reads as rejected', async () => {
    const rt = createRuntime({ scenario: 'first-time', scopes: ['scope.userLocation'] })
    const call = rt.wx.getLocation({})
    call.catch(() => undefined)
    const spy = vi.mocked(rt.wx.getLocation)
    rt.user.answer({ authorize: 'deny' })
    await rt.settle()
    await call.catch(() => undefined)
    expect(spy.mock.settledResults[0]).toMatchObject({ type: 'rejected', value: { errMsg: 'getLocation:fail auth deny' } })
    const second = rt.wx.getLocation({})
    second.catch(() => undefined)
    expect(spy.mock.settledResults[1]?.type).toBe('incomplete')
    expect(spy.mock.results[1]?.value).toBe(second)
    await second.catch(() => undefined)
    await Promise.resolve()
    expect(spy.mock.settledResults[1]?.type).toBe('rejected')
  })

  test('mockClear and rt.trace.clear() forget the records; later calls are recorded again', async ({ rt, wx }) => {
    const spy = vi.mocked(wx.getSetting)
    await wx.getSetting({})
    rt.trace.clear()
    expect(spy).not.toHaveBeenCalled()
    await wx.getSetting({ withSubscriptions: true })
    spy.mockClear()
    await wx.getSetting({})
    expect(spy.mock.calls).toEqual([[{}]])
    expect(spy).toHaveBeenCalledTimes(1)
  })

  test('nextResult and sync calls keep their own records (the trace lacks them)', async ({ wx }) => {
    const spy = wx.getStorageSync as unknown as { nextResult(v: unknown): void; calls: unknown[][]; returns: unknown[] }
    wx.setStorageSync('k', 'v')
    expect(wx.getStorageSync('k')).toBe('v')
    spy.nextResult('next')
    expect(wx.getStorageSync('k')).toBe('next')
    expect(spy.calls).toEqual([['k'], ['k']])
    expect(spy.returns).toEqual(['v', 'next'])
  })

  test("a queued nextResult is that spy's alone, in this runtime and in others, and reset() drops it", async ({ wx }) => {
    type Queued = { nextResult(v: unknown): void; reset(): void }
    const other = createRuntime()
    ;(wx.getStorageSync as unknown as Queued).nextResult('queued')
    other.wx.setStorageSync('k', 'theirs')
    wx.setStorageSync('k', 'mine')
    expect(other.wx.getStorageSync('k')).toBe('theirs')
    expect(wx.getStorageInfoSync().keys).toEqual(['k'])
    expect(wx.getStorageSync('k')).toBe('queued')
    expect(wx.getStorageSync('k')).toBe('mine')
    ;(wx.getStorageSync as unknown as Queued).nextResult('dropped')
    ;(wx.getStorageSync as unknown as Queued).reset()
    expect(wx.getStorageSync('k')).toBe('mine')
  })

  test('with a traceLimit the spy keeps its own records: they outlive trimmed entries', async () => {
    const rt = createRuntime({ scenario: 'granted', traceLimit: 2 })
    for (let i = 0; i < 5; i++) await rt.wx.getSetting({})
    expect(vi.mocked(rt.wx.getSetting).mock.calls).toHaveLength(5)
  })
})
