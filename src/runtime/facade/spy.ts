import { createInternalSpy, getInternalState } from 'tinyspy'
import { divertSpyObserver } from './observed-promise.ts'

/**
 * Every `wx` method is a tinyspy spy (`calls`, `results`, `callCount`, `reset`), usable from any runner.
 *
 * tinyspy marks its spies `_isMockFunction`, so vitest treats them as its own mocks: its matchers read
 * `mock`/`getMockName`, and `vi.spyOn(rt.wx, 'getLocation')` returns the spy itself instead of wrapping
 * it (anchors-style.md §9). So the spy also carries vitest's mock-instance surface, computed from
 * tinyspy's state: `expect(wx.getLocation).toHaveBeenCalledWith(…)`, `vi.mocked(wx.getLocation)`,
 * `vi.spyOn(wx, 'getLocation').mockResolvedValue(…)` and `.mockRestore()` all work, and a restore puts
 * the fake's own behaviour back.
 *
 * Cost (issue 14): tinyspy's `spy()` gives every spy 16 accessor closures of its own (`calls`, `callCount` …,
 * each a getter and a setter over its state): ~2.8 KB and most of a runtime's garbage. So each wx method is
 * tinyspy's bare spy (`createInternalSpy`: the same function, the same `_isMockFunction` mark, the same state
 * under tinyspy's symbol) and tinyspy's accessors are defined once, on the prototype every spy shares, reading
 * that state through `getInternalState`. fake-wx's own state (mock name, replacement) is made on first use.
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
}

/** What fake-wx keeps on tinyspy's state object: the invocation order numbers, and the mock-instance state once used. */
interface TinyState {
  called: boolean
  callCount: number
  calls: unknown[][]
  results: [string, unknown][]
  resolves: [string, unknown][]
  next: [string, unknown][]
  impl: AnyFn | undefined
  reset(): void
  order: number[]
  fakeWx?: SpyState
}

const STATE = Symbol('fake-wx:spy')
type Internal = WxSpy<AnyFn> & { readonly [STATE]: SpyState; results: [string, unknown][]; resolves: [string, unknown][]; reset(): void }

const tiny = (spy: object): TinyState => getInternalState(spy as never) as unknown as TinyState

function restore(s: SpyState): void {
  s.replacement = undefined
  s.once.length = 0
}

/** tinyspy's public spy surface (what its `spy()` defines on each spy), once for all, over the spy's tinyspy state. */
const TINYSPY_SURFACE: PropertyDescriptorMap = {
  returns: {
    get(this: object) {
      return tiny(this).results.map(([, value]) => value)
    },
  },
  nextError: {
    value(this: object, error: unknown) {
      tiny(this).next.push(['error', error])
      return this
    },
  },
  nextResult: {
    value(this: object, result: unknown) {
      tiny(this).next.push(['ok', result])
      return this
    },
  },
}
for (const key of ['called', 'callCount', 'results', 'resolves', 'calls', 'reset', 'impl'] as const) {
  TINYSPY_SURFACE[key] = {
    get(this: object) {
      return tiny(this)[key]
    },
    set(this: object, value: never) {
      tiny(this)[key] = value
    },
  }
}

/** The vitest mock-instance methods, shared by every spy (`this` is the spy). */
const SPY_PROTO: object = Object.create(Function.prototype, {
  ...TINYSPY_SURFACE,
  // fake-wx's own state, made the first time a mock-instance method needs it.
  [STATE]: {
    get(this: Internal): SpyState {
      const t = tiny(this)
      return (t.fakeWx ??= { mockName: `wx.${this.name}`, replacement: undefined, once: [] })
    },
  },
  ...Object.getOwnPropertyDescriptors({
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
    tiny(this).order.length = 0
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
    const order = tiny(self).order
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
  }),
})

export function wxSpy<F extends AnyFn>(name: string, impl: F): WxSpy<F> {
  let state: TinyState
  // A function named after the API: tinyspy names the spy after it (`wx.getLocation.name === 'getLocation'`).
  const body = {
    [name](this: unknown, ...args: Parameters<F>): unknown {
      state.order.push(++invocationOrder)
      const own = state.fakeWx
      const run = (own && (own.once.shift() ?? own.replacement)) ?? impl
      const result = run.apply(this, args)
      // tinyspy's record of how the Promise settles must not handle it (issue 11 defect 4).
      if (run === impl) divertSpyObserver(result)
      return result
    },
  }[name]!
  const fn = createInternalSpy(body)
  state = tiny(fn)
  state.order = []
  Object.setPrototypeOf(fn, SPY_PROTO)
  return fn as unknown as WxSpy<F>
}

/** vitest's settledResults: a Promise result is 'incomplete' until tinyspy saw it settle. */
function settledResult(type: string, value: unknown, settled: [string, unknown] | undefined): WxMockState<AnyFn>['settledResults'][number] {
  if (type !== 'ok') return { type: 'rejected', value }
  if (!(value instanceof Promise)) return { type: 'fulfilled', value }
  if (!settled) return { type: 'incomplete', value: undefined }
  return { type: settled[0] === 'ok' ? 'fulfilled' : 'rejected', value: settled[1] }
}
