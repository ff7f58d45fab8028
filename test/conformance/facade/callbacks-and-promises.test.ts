// Callback and Promise semantics of every asynchronous wx API (research §1.6 [API-PROMISE] H, [BASELIB-RE] M)
// and what real app code expects of the `wx` object (research §6).
// https://developers.weixin.qq.com/miniprogram/dev/framework/app-service/api.html "异步 API 返回 Promise"
import { afterEach, describe, expect, test, vi, type MockInstance } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { uncaughtDuring } from '../../helpers/uncaught.ts'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('callbacks', () => {
  test('success then complete, with the same result object', async () => {
    const rt = createRuntime()
    const seen: [string, unknown][] = []
    rt.wx.getSetting({ success: (r) => seen.push(['success', r]), fail: (r) => seen.push(['fail', r]), complete: (r) => seen.push(['complete', r]) })
    await rt.settle()
    expect(seen.map(([k]) => k)).toEqual(['success', 'complete'])
    expect(seen[0]![1]).toBe(seen[1]![1])
    expect(seen[0]![1]).toMatchObject({ errMsg: 'getSetting:ok' })
  })

  test('fail then complete, with the same result object', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    const seen: [string, unknown][] = []
    rt.wx.getLocation({ success: (r) => seen.push(['success', r]), fail: (r) => seen.push(['fail', r]), complete: (r) => seen.push(['complete', r]) })
    await rt.settle()
    expect(seen.map(([k]) => k)).toEqual(['fail', 'complete'])
    expect(seen[0]![1]).toBe(seen[1]![1])
    expect(seen[0]![1]).toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
  })

  test('a missing fail callback is harmless: nothing is thrown, nothing unhandled', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    const completed = vi.fn()
    const errors = await uncaughtDuring(async () => {
      rt.wx.getLocation({ success: () => undefined })
      rt.wx.getLocation({ complete: completed })
      await rt.settle()
    })
    expect(errors).toEqual([])
    expect(completed).toHaveBeenCalledWith({ errMsg: 'getLocation:fail auth deny', errno: 103 })
  })
})

describe('a Promise only when no callback is passed (base library ≥ 2.10.2)', () => {
  test('no options, or options without success/fail/complete → a Promise of the success object', async () => {
    const rt = createRuntime()
    const p1 = rt.wx.getSetting()
    const p2 = rt.wx.getSetting({ withSubscriptions: true })
    expect(p1).toBeInstanceOf(Promise)
    expect(p2).toBeInstanceOf(Promise)
    await expect(p1).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
  })

  test('any one of success, fail or complete → undefined, no Promise', () => {
    const rt = createRuntime()
    expect(rt.wx.getSetting({ success: () => undefined })).toBeUndefined()
    expect(rt.wx.getSetting({ fail: () => undefined })).toBeUndefined()
    expect(rt.wx.getSetting({ complete: () => undefined })).toBeUndefined()
  })

  test('falsy callbacks count as absent (the promisify decorator tests `success || fail || complete`)', async () => {
    const rt = createRuntime()
    const p = rt.wx.getSetting({ success: undefined, fail: undefined })
    expect(p).toBeInstanceOf(Promise)
    await expect(p).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
  })

  test('a failure rejects with the fail object itself, not an Error', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    const reason = await rt.wx.getLocation({}).catch((e: unknown) => e)
    expect(reason).toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    expect(reason).not.toBeInstanceOf(Error)
  })

  test('before base library 2.10.2 there is no Promise form: the call returns undefined, callbacks still work', async () => {
    const rt = createRuntime({ SDKVersion: '2.10.1' })
    expect(rt.wx.getSetting()).toBeUndefined()
    const res = await new Promise((resolve) => rt.wx.getSetting({ success: resolve }))
    expect(res).toMatchObject({ errMsg: 'getSetting:ok' })
    expect(createRuntime({ SDKVersion: '2.10.2' }).wx.getSetting()).toBeInstanceOf(Promise)
  })

  test('getFuzzyLocation has no Promise form ("以 Promise 风格 调用：不支持"): it returns undefined and the result is lost', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const errors = await uncaughtDuring(async () => {
      expect(rt.wx.getFuzzyLocation({})).toBeUndefined()
      await rt.settle()
    })
    expect(errors).toEqual([])
    // The call did run (the result is in the trace), the app just cannot see it.
    expect(rt.trace.some((e) => e.type === 'result' && e.api === 'getFuzzyLocation' && e.ok)).toBe(true)
  })
})

describe('results are asynchronous, never synchronous, and never through timers', () => {
  test('a flag set right after the call is already set when the callback runs', async () => {
    const rt = createRuntime()
    let after = false
    const seenAfter: boolean[] = []
    rt.wx.getSetting({ success: () => seenAfter.push(after) })
    rt.wx.getSetting({ withSubscriptions: 1 as never, fail: () => seenAfter.push(after) }) // a parameter error, too
    after = true
    await rt.settle()
    expect(seenAfter).toEqual([true, true])
  })

  test('a Promise result is not there synchronously either', async () => {
    const rt = createRuntime()
    let settled = false
    const p = rt.wx.getSetting().then(() => (settled = true))
    expect(settled).toBe(false)
    await p
    expect(settled).toBe(true)
  })

  test('everything works under vi.useFakeTimers() without advancing time', async () => {
    vi.useFakeTimers()
    const rt = createRuntime({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
    const viaCallbacks = new Promise((resolve) => rt.wx.showModal({ title: 't', success: () => rt.wx.openSetting({ success: resolve }) }))
    await expect(viaCallbacks).resolves.toMatchObject({ errMsg: 'openSetting:ok' })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(vi.getTimerCount()).toBe(0)
  })

  test('…even when queueMicrotask and nextTick are faked too', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'setImmediate', 'queueMicrotask', 'nextTick', 'Date'] })
    const rt = createRuntime({ user: { authorize: 'allow' } })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    const res = await new Promise((resolve) => rt.wx.getSetting({ complete: resolve }))
    expect(res).toMatchObject({ errMsg: 'getSetting:ok' })
  })
})

describe('an exception thrown inside a callback (research §1.6 [BASELIB-RE], §6)', () => {
  test("does not reach the caller and complete still runs (callbackErrors: 'console' reports it as the client does)", async () => {
    const rt = createRuntime({ callbackErrors: 'console' })
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const complete = vi.fn()
    expect(() =>
      rt.wx.getSetting({
        success: () => {
          throw new Error('boom in success')
        },
        complete,
      }),
    ).not.toThrow()
    await rt.settle()
    expect(complete).toHaveBeenCalledTimes(1)
    expect(report).toHaveBeenCalledTimes(1)
    expect(String(report.mock.calls[0]![0])).toContain('boom in success')
    expect(String(report.mock.calls[0]![0])).toContain('at api getSetting')
  })

  test("by default ('uncaught') it surfaces as an uncaught exception after complete ran, so the test sees it", async () => {
    const rt = createRuntime()
    const order: string[] = []
    const boom = new Error('boom in fail')
    const errors = await uncaughtDuring(async () => {
      rt.wx.authorize({
        scope: 'nope',
        fail: () => {
          order.push('fail')
          throw boom
        },
        complete: () => order.push('complete'),
      })
      await rt.settle()
    })
    expect(order).toEqual(['fail', 'complete'])
    expect(errors).toEqual([boom])
    expect(rt.timeline()).toContain('exception in wx.authorize fail callback')
  })

  test('the report names the callback it came from: "at api getLocation success callback function" (research §1.6 [BASELIB-RE])', async () => {
    const rt = createRuntime({ callbackErrors: 'console', scenario: 'granted' })
    const report = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    rt.wx.getLocation({
      success: () => {
        throw new Error('boom')
      },
      complete: () => {
        throw new Error('boom again')
      },
    })
    await rt.settle()
    expect(report.mock.calls.map((c) => String(c[0]).split(';').at(-1))).toEqual([
      'at api getLocation success callback function',
      'at api getLocation complete callback function',
    ])
  })

  test('an exception in complete is reported the same way and does not stop other calls', async () => {
    const rt = createRuntime({ callbackErrors: 'console' })
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const later = vi.fn()
    rt.wx.getSetting({
      complete: () => {
        throw new Error('boom in complete')
      },
    })
    rt.wx.getSetting({ success: later })
    await rt.settle()
    expect(later).toHaveBeenCalledTimes(1)
    expect(console.error).toHaveBeenCalledTimes(1)
  })
})

describe('options', () => {
  test('unknown option keys are ignored, not rejected (wrappers add their own; research §6)', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    await expect(rt.wx.getSetting({ withSubscriptions: false, _traceId: 'abc', loading: true } as never)).resolves.toMatchObject({
      errMsg: 'getSetting:ok',
    })
    await expect(rt.wx.authorize({ scope: 'scope.camera', showLoading: 1 } as never)).resolves.toEqual({ errMsg: 'authorize:ok' })
  })
})

describe('the wx object as app code uses it (research §6)', () => {
  test('APIs are own, enumerable function properties of a plain object', () => {
    const rt = createRuntime()
    for (const name of ['authorize', 'getSetting', 'openSetting', 'showModal', 'getLocation', 'chooseLocation', 'onLocationChange']) {
      const d = Object.getOwnPropertyDescriptor(rt.wx, name)
      expect(d, name).toBeDefined()
      expect(d!.enumerable, name).toBe(true)
      expect(typeof d!.value, name).toBe('function')
    }
    expect(Object.keys(rt.wx)).toContain('getFuzzyLocation')
  })

  test('methods work unbound: const { getSetting } = rt.wx', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { getSetting, getLocation } = rt.wx
    await expect(getSetting()).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
    await expect(getLocation.call(undefined, {})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('a spread copy and a wrapper that forwards with extra keys both work', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const copy = { ...rt.wx }
    await expect(copy.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    const wrapped: Record<string, (o?: object) => unknown> = {}
    for (const [name, origin] of Object.entries(rt.wx) as [string, (o?: object) => unknown][]) {
      wrapped[name] = (opts) => origin({ ...opts, __wrappedBy: 'app' })
    }
    await expect(wrapped.getSetting!()).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
  })
})

describe('every wx method is a spy that vitest matchers accept', () => {
  test('toHaveBeenCalledWith / toHaveBeenCalledTimes / toHaveBeenLastCalledWith / not.toHaveBeenCalled', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.getLocation({ type: 'gcj02' })
    await rt.wx.getLocation({ type: 'wgs84', altitude: true })
    expect(rt.wx.getLocation).toHaveBeenCalled()
    expect(rt.wx.getLocation).toHaveBeenCalledTimes(2)
    expect(rt.wx.getLocation).toHaveBeenCalledWith({ type: 'gcj02' })
    expect(rt.wx.getLocation).toHaveBeenNthCalledWith(2, { type: 'wgs84', altitude: true })
    expect(rt.wx.getLocation).toHaveBeenLastCalledWith({ type: 'wgs84', altitude: true })
    expect(rt.wx.openSetting).not.toHaveBeenCalled()
    expect(rt.wx.getLocation).toHaveReturned()
  })

  test('a failing matcher names the spy (getMockName) instead of crashing with "spy.getMockName is not a function"', async () => {
    const rt = createRuntime()
    await rt.wx.getSetting()
    expect(() => expect(rt.wx.getSetting).toHaveBeenCalledTimes(5)).toThrow(/wx\.getSetting/)
    expect(() => expect(rt.wx.getSetting).toHaveBeenCalledWith({ withSubscriptions: true })).toThrow(/wx\.getSetting/)
  })

  test('toHaveBeenCalledBefore follows the order of calls across methods', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.getSetting()
    await rt.wx.getLocation({})
    // (The typings of toHaveBeenCalledBefore want vitest's own MockInstance type.)
    const asMock = (f: unknown) => f as MockInstance
    expect(rt.wx.getSetting).toHaveBeenCalledBefore(asMock(rt.wx.getLocation))
    expect(rt.wx.getLocation).not.toHaveBeenCalledBefore(asMock(rt.wx.getSetting))
  })

  test('two runtimes have separate spies', async () => {
    const a = createRuntime()
    const b = createRuntime()
    await a.wx.getSetting()
    expect(a.wx.getSetting).toHaveBeenCalledTimes(1)
    expect(b.wx.getSetting).not.toHaveBeenCalled()
  })
})

describe('a truthy non-function callback key suppresses the Promise (the promisify decorator checks presence)', () => {
  test("wx.getSetting({ success: 'x' }) returns undefined and calls nothing", async () => {
    const rt = createRuntime()
    const returned = rt.wx.getSetting({ success: 'x' } as never)
    expect(returned).toBeUndefined()
    await rt.settle()
    expect(rt.trace.some((e) => e.type === 'result' && e.api === 'getSetting' && e.ok)).toBe(true)
  })
})
