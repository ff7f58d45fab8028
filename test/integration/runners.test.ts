import { AssertionError } from 'node:assert'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError, type Runtime } from '../../src/index.ts'
import { registerMatchers, useFakeWx } from '../../src/jest.ts'
import { assertWx, fakeWx } from '../../src/node-test.ts'
import { fakeWxMatchers } from '../../src/runtime/integrations/matchers.ts'
import { beginTestRuntime } from '../../src/runtime/integrations/test-runtime.ts'
import { uncaughtDuring } from '../helpers/uncaught.ts'

// fake-wx/jest and fake-wx/node-test are thin entries over one runner-neutral core (the matchers, the per-test
// runtime); these tests drive the entries with vitest's hooks. The real runners run them in scripts/check-package.sh.
const globalWx = () => (globalThis as { wx?: unknown }).wx

describe("fake-wx/jest's useFakeWx: a fresh runtime per test, from the runner's beforeEach/afterEach", () => {
  const fx = useFakeWx({ scenario: 'denied-once', scopes: ['scope.camera'] as const }, { beforeEach, afterEach })
  let previous: Runtime | undefined

  test('the runtime of this test, its wx on globalThis, the options applied', async () => {
    expect(globalWx()).toBe(fx.wx)
    expect(fx.rt.auth.get('scope.camera')).toBe('denied')
    fx.wx.setStorageSync('left', 'behind')
    previous = fx.rt
  })

  test('the next test gets another runtime: nothing carried over', () => {
    expect(fx.rt).not.toBe(previous)
    expect(fx.wx.getStorageSync('left')).toBe('')
    expect(globalWx()).toBe(fx.wx)
  })
})

describe('after useFakeWx tests', () => {
  test('the global wx is gone', () => {
    expect('wx' in globalThis).toBe(false)
  })

  test('reading fx.rt outside a test says where to read it', () => {
    const hooks = { beforeEach: () => undefined, afterEach: () => undefined }
    expect(() => useFakeWx({}, hooks).rt).toThrow(/useFakeWx\(\)\.rt is read outside a test/)
  })

  test("registerMatchers gives jest's expect.extend the same matchers as vitest's", () => {
    const extend = vi.fn()
    registerMatchers({ extend })
    expect(extend).toHaveBeenCalledWith(fakeWxMatchers)
  })
})

describe("fake-wx/node-test: fakeWx(t) and assertWx (node:assert's AssertionError)", () => {
  test('fakeWx(t) installs the runtime and t.after ends it', async () => {
    const after: (() => void)[] = []
    const rt = fakeWx({ after: (fn) => after.push(fn) }, { user: { authorize: 'deny' } })
    expect(globalWx()).toBe(rt.wx)
    await rt.wx.authorize({ scope: 'scope.record' }).catch(() => undefined)
    for (const fn of after) fn()
    expect('wx' in globalThis).toBe(false)
    assertWx(rt).toHavePrompted('scope.record')
    assertWx(rt.wx).toHaveScope('scope.record', 'denied')
    assertWx(rt).toHaveFailedWith('authorize', 'auth deny')
    assertWx(rt).not.toHaveCalledWx('getLocation')
  })

  test('a failing assertion throws an AssertionError whose message ends with the timeline', () => {
    const rt = createRuntime()
    rt.wx.getStorageSync('token')
    expect(() => assertWx(rt).toHaveCalledWxTimes('getStorageSync', 2)).toThrow(AssertionError)
    expect(() => assertWx(rt).not.toHaveCalledWx('getStorageSync')).toThrow(/expected the app not to have called wx.getStorageSync[\s\S]*Timeline:\n[\s\S]*call +wx\.getStorageSync\("token"\)/)
    expect(() => assertWx(rt).toHaveCalledWxTimes('getStorageSync', 1)).not.toThrow()
  })

  test('two runtimes cannot hold the global wx at once: the error names the opt-out', () => {
    const first = beginTestRuntime({}, '{ global: false }')
    try {
      expect(() => fakeWx({ after: () => undefined })).toThrow(FakeWxError)
      expect(() => fakeWx({ after: () => undefined })).toThrow(/Give those tests \{ global: false \}/)
      const own = fakeWx({ after: () => undefined }, { global: false })
      expect(globalWx()).toBe(first.rt.wx)
      expect(own.wx).not.toBe(first.rt.wx)
    } finally {
      first.end()
    }
    expect('wx' in globalThis).toBe(false)
  })
})

describe("flows under what jest's modern fake timers fake by default (queueMicrotask and nextTick too)", () => {
  const fx = useFakeWx({ user: { modal: 'confirm', authorize: 'allow' } }, { beforeEach, afterEach })
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'Date', 'queueMicrotask', 'performance'] })
  })
  afterEach(() => vi.useRealTimers())

  test('Promise and callback results arrive, prompts are answered, the toast leaves on rt.clock', async () => {
    await expect(fx.wx.getLocation({ type: 'gcj02' })).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    const modal = await new Promise<WechatMiniprogram.ShowModalSuccessCallbackResult>((success) => fx.wx.showModal({ title: 't', success }))
    expect(modal.confirm).toBe(true)
    fx.wx.showToast({ title: 'saved' })
    fx.rt.clock.advance(1500)
    expect(fx.rt.ui.toast).toBeUndefined()
  })

  test("a callback-style call's unanswered prompt still surfaces as an uncaught error", async () => {
    fx.rt.user.answer({ authorize: undefined })
    const errors = await uncaughtDuring(async () => {
      fx.wx.startRecord({ success: () => undefined })
      await fx.rt.settle()
    })
    expect(errors).toEqual([expect.objectContaining({ name: 'UnansweredPromptError' })])
  })
})
