import { spy } from 'tinyspy'

/**
 * Every `wx` method is a tinyspy spy (`calls`, `results`, `callCount`, `reset`), usable from any runner.
 *
 * tinyspy marks its spies `_isMockFunction`, so vitest treats them as its own mocks: its matchers read
 * `mock`/`getMockName`, and `vi.spyOn(rt.wx, 'getLocation')` returns the spy itself instead of wrapping
 * it (anchors-style.md §9). So the spy also carries vitest's mock-instance surface, computed from
 * tinyspy's state: `expect(wx.getLocation).toHaveBeenCalledWith(…)`, `vi.mocked(wx.getLocation)`,
 * `vi.spyOn(wx, 'getLocation').mockResolvedValue(…)` and `.mockRestore()` all work, and a restore puts
 * the fake's own behaviour back.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a spy wraps any function
type AnyFn = (...args: any[]) => any

export interface WxMockState<F extends AnyFn> {
  readonly calls: Parameters<F>[]
  readonly results: { type: 'return' | 'throw'; value: unknown }[]
  readonly settledResults: { type: 'fulfilled' | 'rejected' | 'incomplete'; value: unknown }[]
  readonly invocationCallOrder: number[]
  readonly instances: unknown[]
  readonly contexts: unknown[]
  readonly lastCall: Parameters<F> | undefined
}

export type WxSpy<F extends AnyFn> = F & {
  /** tinyspy's own record. */
  readonly calls: Parameters<F>[]
  readonly callCount: number
  readonly called: boolean
  /** vitest's view of the same record. */
  readonly mock: WxMockState<F>
  getMockName(): string
  mockName(name: string): WxSpy<F>
  /** Replaces the behaviour until `mockReset`/`mockRestore` (or `rt.restore()`). */
  mockImplementation(impl: F): WxSpy<F>
  mockImplementationOnce(impl: F): WxSpy<F>
  getMockImplementation(): F | undefined
  withImplementation<T>(impl: F, callback: () => T): T
  mockReturnValue(value: ReturnType<F>): WxSpy<F>
  mockReturnValueOnce(value: ReturnType<F>): WxSpy<F>
  mockResolvedValue(value: unknown): WxSpy<F>
  mockResolvedValueOnce(value: unknown): WxSpy<F>
  mockRejectedValue(error: unknown): WxSpy<F>
  mockRejectedValueOnce(error: unknown): WxSpy<F>
  /** Forgets the calls; keeps the behaviour. */
  mockClear(): WxSpy<F>
  /** Forgets the calls and puts the fake's behaviour back. */
  mockReset(): WxSpy<F>
  /** Puts the fake's behaviour back (the method stays a spy: it is the fake). */
  mockRestore(): void
}

/** The shared clock of `mock.invocationCallOrder`, as in vitest: it orders calls across spies. */
let invocationOrder = 0

export function wxSpy<F extends AnyFn>(name: string, impl: F): WxSpy<F> {
  let mockName = `wx.${name}`
  let replacement: AnyFn | undefined
  const once: AnyFn[] = []
  const order: number[] = []
  const fn = spy(function (this: unknown, ...args: Parameters<F>) {
    order.push(++invocationOrder)
    const run = once.shift() ?? replacement ?? impl
    return run.apply(this, args)
  }) as unknown as WxSpy<F> & { results: [string, unknown][]; resolves: [string, unknown][]; reset(): void }

  const clear = () => {
    fn.reset()
    order.length = 0
  }
  const methods = {
    getMockName: () => mockName,
    mockName: (n: string) => ((mockName = n), fn),
    mockImplementation: (f: AnyFn) => ((replacement = f), fn),
    mockImplementationOnce: (f: AnyFn) => (once.push(f), fn),
    getMockImplementation: () => replacement,
    withImplementation<T>(f: AnyFn, callback: () => T): T {
      const saved = replacement
      replacement = f
      const result = callback()
      if (result instanceof Promise) return result.finally(() => (replacement = saved)) as T
      replacement = saved
      return result
    },
    mockReturnValue: (v: unknown) => methods.mockImplementation(() => v),
    mockReturnValueOnce: (v: unknown) => methods.mockImplementationOnce(() => v),
    mockResolvedValue: (v: unknown) => methods.mockImplementation(() => Promise.resolve(v)),
    mockResolvedValueOnce: (v: unknown) => methods.mockImplementationOnce(() => Promise.resolve(v)),
    mockRejectedValue: (e: unknown) => methods.mockImplementation(() => Promise.reject(e)),
    mockRejectedValueOnce: (e: unknown) => methods.mockImplementationOnce(() => Promise.reject(e)),
    mockClear: () => (clear(), fn),
    mockReset: () => (clear(), restore(), fn),
    mockRestore: () => void restore(),
  }
  const restore = () => {
    replacement = undefined
    once.length = 0
  }
  for (const [key, value] of Object.entries(methods)) Object.defineProperty(fn, key, { value, configurable: true })
  Object.defineProperties(fn, {
    name: { value: name },
    mock: {
      configurable: true,
      get: (): WxMockState<F> => ({
        calls: fn.calls,
        results: fn.results.map(([type, value]) => ({ type: type === 'ok' ? 'return' : 'throw', value })),
        settledResults: fn.results.map(([type, value], i) => settledResult(type, value, fn.resolves[i])),
        // After a clear only the newest calls remain: keep their order numbers.
        invocationCallOrder: order.slice(order.length - fn.calls.length),
        instances: fn.calls.map(() => undefined),
        contexts: fn.calls.map(() => undefined),
        lastCall: fn.calls.at(-1),
      }),
    },
  })
  return fn
}

/** vitest's settledResults: a Promise result is 'incomplete' until tinyspy saw it settle. */
function settledResult(type: string, value: unknown, settled: [string, unknown] | undefined): WxMockState<AnyFn>['settledResults'][number] {
  if (type !== 'ok') return { type: 'rejected', value }
  if (!(value instanceof Promise)) return { type: 'fulfilled', value }
  if (!settled) return { type: 'incomplete', value: undefined }
  return { type: settled[0] === 'ok' ? 'fulfilled' : 'rejected', value: settled[1] }
}
