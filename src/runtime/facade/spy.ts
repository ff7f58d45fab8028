import { spy } from 'tinyspy'

/**
 * Every `wx` method is a tinyspy spy (`calls`, `results`, `callCount`, `reset`), usable from any runner.
 *
 * tinyspy marks its spies `_isMockFunction`, so vitest treats them as its own mocks: its matchers read
 * `mock`/`getMockName`, and `vi.spyOn(rt.wx, 'getLocation')` returns the spy itself instead of wrapping
 * it (anchors-style.md §9). So the spy also carries vitest's mock-instance surface, computed from
 * tinyspy's state: `expect(wx.getLocation).toHaveBeenCalledWith(…)`, `vi.mocked(wx.getLocation)`,
 * `vi.spyOn(wx, 'getLocation').mockResolvedValue(…)` and `.mockRestore()` all work, and a restore puts
 * the fake's own behaviour back. The methods live on one shared prototype, so a runtime's ~30 spies
 * cost little to make.
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

interface SpyState {
  mockName: string
  replacement: AnyFn | undefined
  readonly once: AnyFn[]
  readonly order: number[]
}

const STATE = Symbol('fake-wx:spy')
type Internal = WxSpy<AnyFn> & { [STATE]: SpyState; results: [string, unknown][]; resolves: [string, unknown][]; reset(): void }

function restore(s: SpyState): void {
  s.replacement = undefined
  s.once.length = 0
}

/** The vitest mock-instance methods, shared by every spy (`this` is the spy). */
const SPY_PROTO: object = Object.create(Function.prototype, Object.getOwnPropertyDescriptors({
  getMockName(this: Internal) {
    return this[STATE].mockName
  },
  mockName(this: Internal, name: string) {
    this[STATE].mockName = name
    return this
  },
  mockImplementation(this: Internal, impl: AnyFn) {
    this[STATE].replacement = impl
    return this
  },
  mockImplementationOnce(this: Internal, impl: AnyFn) {
    this[STATE].once.push(impl)
    return this
  },
  getMockImplementation(this: Internal) {
    return this[STATE].replacement
  },
  withImplementation<T>(this: Internal, impl: AnyFn, callback: () => T): T {
    const s = this[STATE]
    const saved = s.replacement
    s.replacement = impl
    const result = callback()
    if (result instanceof Promise) return result.finally(() => (s.replacement = saved)) as T
    s.replacement = saved
    return result
  },
  mockReturnValue(this: Internal, value: unknown) {
    return this.mockImplementation(() => value)
  },
  mockReturnValueOnce(this: Internal, value: unknown) {
    return this.mockImplementationOnce(() => value)
  },
  mockResolvedValue(this: Internal, value: unknown) {
    return this.mockImplementation(() => Promise.resolve(value))
  },
  mockResolvedValueOnce(this: Internal, value: unknown) {
    return this.mockImplementationOnce(() => Promise.resolve(value))
  },
  mockRejectedValue(this: Internal, error: unknown) {
    return this.mockImplementation(() => Promise.reject(error))
  },
  mockRejectedValueOnce(this: Internal, error: unknown) {
    return this.mockImplementationOnce(() => Promise.reject(error))
  },
  mockClear(this: Internal) {
    this.reset()
    this[STATE].order.length = 0
    return this
  },
  mockReset(this: Internal) {
    this.mockClear()
    restore(this[STATE])
    return this
  },
  mockRestore(this: Internal) {
    restore(this[STATE])
  },
  get mock(): WxMockState<AnyFn> {
    const self = this as unknown as Internal
    const order = self[STATE].order
    return {
      calls: self.calls,
      results: self.results.map(([type, value]) => ({ type: type === 'ok' ? 'return' : 'throw', value })),
      settledResults: self.results.map(([type, value], i) => settledResult(type, value, self.resolves[i])),
      // After a clear only the newest calls remain: keep their order numbers.
      invocationCallOrder: order.slice(order.length - self.calls.length),
      instances: self.calls.map(() => undefined),
      contexts: self.calls.map(() => undefined),
      lastCall: self.calls.at(-1),
    }
  },
}))

export function wxSpy<F extends AnyFn>(name: string, impl: F): WxSpy<F> {
  const state: SpyState = { mockName: `wx.${name}`, replacement: undefined, once: [], order: [] }
  const fn = spy(function (this: unknown, ...args: Parameters<F>) {
    state.order.push(++invocationOrder)
    const run = state.once.shift() ?? state.replacement ?? impl
    return run.apply(this, args)
  })
  Object.setPrototypeOf(fn, SPY_PROTO)
  Object.defineProperty(fn, STATE, { value: state })
  Object.defineProperty(fn, 'name', { value: name })
  return fn as unknown as WxSpy<F>
}

/** vitest's settledResults: a Promise result is 'incomplete' until tinyspy saw it settle. */
function settledResult(type: string, value: unknown, settled: [string, unknown] | undefined): WxMockState<AnyFn>['settledResults'][number] {
  if (type !== 'ok') return { type: 'rejected', value }
  if (!(value instanceof Promise)) return { type: 'fulfilled', value }
  if (!settled) return { type: 'incomplete', value: undefined }
  return { type: settled[0] === 'ok' ? 'fulfilled' : 'rejected', value: settled[1] }
}
