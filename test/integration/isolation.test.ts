import { afterAll, describe, vi, test as plainTest } from 'vitest'
import { expect, test } from '../../src/vitest.ts'
import { failure, type Runtime } from '../../src/index.ts'

// Nothing a test does reaches the next test: storage, authorization, overrides, spies, prompts,
// the clock, the trace and its call ids, the global. (The second file, isolation-other-file.test.ts,
// checks that nothing reaches another file.)
const before = { hadWx: 'wx' in globalThis }
let first: Runtime | undefined

describe('nothing leaks between tests', () => {
  test('test 1 changes everything it can', async ({ rt, wx }) => {
    first = rt
    wx.setStorageSync('k', 'v')
    rt.files.write('wxfile://f', 'x')
    rt.auth.set('scope.userLocation', 'granted')
    rt.override('getSetting', () => failure('system error'))
    vi.spyOn(wx, 'getStorageSync').mockReturnValue('mocked')
    rt.user.answer({ modal: 'cancel' })
    rt.clock.advance(3_600_000)
    await wx.login()
    expect(wx.getStorageSync('k')).toBe('mocked')
  })

  test('test 2 starts from nothing', async ({ rt, wx }) => {
    expect(rt).not.toBe(first)
    expect(wx).not.toBe(first?.wx)
    expect((globalThis as { wx?: unknown }).wx).toBe(wx)
    expect(wx.getStorageSync('k')).toBe('')
    expect(rt.storage.snapshot()).toEqual({})
    expect(rt.files.read('wxfile://f')).toBeUndefined()
    expect(rt.auth.get('scope.userLocation')).toBe('undetermined')
    await expect(wx.getSetting()).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
    expect(rt.clock.now()).toBe(Date.UTC(2026, 0, 1))
    expect(vi.mocked(wx.getStorageSync).mock.calls).toHaveLength(1)
    expect(rt.prompts).toEqual([])
    // Call ids count per runtime: this test's first call is call 1 whatever ran before.
    const calls = rt.trace.filter((e) => e.type === 'call')
    expect(calls[0]).toMatchObject({ id: 1, api: 'getStorageSync' })
    await expect(wx.showModal({ title: 't', content: 'c' })).rejects.toThrow(/Nobody answered the modal/)
  })
})

plainTest('the global is gone after the fixture tests', () => {
  expect(before.hadWx).toBe(false)
  expect('wx' in globalThis).toBe(false)
})

test.fails('a failing test …', async ({ wx }) => {
  wx.setStorageSync('left', 'behind')
  throw new Error('boom')
})

plainTest('… still removes the global wx', () => {
  expect('wx' in globalThis).toBe(false)
})

afterAll(() => {
  expect('wx' in globalThis).toBe(false)
})
