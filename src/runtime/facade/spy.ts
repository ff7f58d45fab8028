import { createInternalSpy, getInternalState } from 'tinyspy'
import type { Trace } from '../trace/trace.ts'
import { divertSpyObserver, ignoreSpyObserver, takeTwin } from './observed-promise.ts'

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
 * that state through `getInternalState`. fake-wx's own state (mock name, replacement) is made on first use, and
 * the records of a call the trace holds are not kept twice (Records, below).
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
  fakeWx?: SpyState
  /** fake-wx's own per-spy record (SpyCell below); while the records are answered from the trace, tinyspy's arrays are this object. */
  cell: SpyCell
}

const STATE = Symbol('fake-wx:spy')
type Internal = WxSpy<AnyFn> & { readonly [STATE]: SpyState; results: [string, unknown][]; resolves: [string, unknown][]; reset(): void }

const tiny = (spy: object): TinyState => getInternalState(spy as never) as unknown as TinyState

function restore(s: SpyState): void {
  s.replacement = undefined
  s.once.length = 0
}

/**
 * tinyspy's queue of next results (`nextResult`/`nextError`) while a spy has none: one empty array shared by every
 * spy (issue 14: tinyspy makes one per spy, 32 B × 5 spies per flow, and nearly none is ever used). tinyspy only
 * `shift()`s it, which leaves an empty array as it is; the two methods above, the only writers, give the spy an array
 * of its own first; tinyspy's `reset` makes a new one. Not frozen nor sealed: tinyspy's `shift()` on such an array
 * takes V8's slow path (~90 ns per call, measured).
 */
const NO_NEXT: [string, unknown][] = []

function ownNext(state: TinyState): [string, unknown][] {
  if (state.next === NO_NEXT) state.next = []
  return state.next
}

/** tinyspy's public spy surface (what its `spy()` defines on each spy), once for all, over the spy's tinyspy state. */
const TINYSPY_SURFACE: PropertyDescriptorMap = {
  returns: {
    get(this: object) {
      return own(tiny(this)).results.map(([, value]) => value)
    },
  },
  nextError: {
    value(this: object, error: unknown) {
      ownNext(tiny(this)).push(['error', error])
      return this
    },
  },
  nextResult: {
    value(this: object, result: unknown) {
      ownNext(tiny(this)).push(['ok', result])
      return this
    },
  },
}
for (const key of ['called', 'callCount', 'reset', 'impl'] as const) {
  TINYSPY_SURFACE[key] = {
    get(this: object) {
      return tiny(this)[key]
    },
    set(this: object, value: never) {
      tiny(this)[key] = value
    },
  }
}
// The records: made tinyspy's own arrays (from the trace) the first time they are read or set.
for (const key of ['results', 'resolves', 'calls'] as const) {
  TINYSPY_SURFACE[key] = {
    get(this: object) {
      return own(tiny(this))[key]
    },
    set(this: object, value: never) {
      own(tiny(this))[key] = value
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
    const cell = tiny(this).cell
    cell.order = undefined
    if (cell.trace) derive(cell)
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
    const order = fewArray(tiny(self).cell.order)
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

/**
 * How a spy runs the fake's own behaviour: a function shared by every spy of its kind, given the spy's `target` and
 * `core` (create-wx.ts: the API definition and the runtime's core), the call's arguments and its `this`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind of spy knows its own target
export type SpyRun = (target: any, core: any, args: unknown[], self: unknown) => unknown

/** A plain function as the behaviour (`wxSpy`). */
const applyImpl: SpyRun = (impl: AnyFn, _core, args, self) => impl.apply(self, args)

/**
 * What a spy is apart from its runtime: the API's name, what runs it and the target `run` is given. create-wx.ts
 * makes one per API definition, shared by that API's spies in every runtime (issue 14: two fields less per spy).
 */
export interface SpyKind {
  readonly name: string
  readonly run: SpyRun
  readonly target: unknown
}

/** `impl` is the fake's behaviour. `trace`: the runtime's trace, when it keeps every entry (no traceLimit): the spy's records are then answered from it (see SpyCell below). */
export function wxSpy<F extends AnyFn>(name: string, impl: F, trace?: Trace): WxSpy<F> {
  return runSpy({ name, run: applyImpl, target: impl }, undefined, trace)
}

/**
 * A spy whose behaviour is `kind.run(kind.target, core, args, this)`. What a spy keeps of its own is its body (one closure over
 * one SpyCell) and the SpyCell: a wx method's behaviour used to be a closure of create-wx.ts over the core and the
 * definition, called by a second closure here, with a Records object, an `order` array and a `log` array beside it:
 * ~430 B per spy, now ~180 B (issue 14, 5 spies per recovery flow).
 */
export function runSpy<F extends AnyFn>(kind: SpyKind, core: unknown, trace?: Trace): WxSpy<F> {
  const cell = new SpyCell(kind, core, trace?.keepsAll ? trace : undefined)
  const name = kind.name
  // A function named after the API: tinyspy names the spy after it (`wx.getLocation.name === 'getLocation'`).
  const body = {
    [name](this: unknown, ...args: unknown[]): unknown {
      return callSpy(cell, this, args)
    },
  }[name]!
  const fn = createInternalSpy(body)
  const state = tiny(fn)
  cell.state = state
  state.cell = cell
  state.next = NO_NEXT
  if (cell.trace) derive(cell)
  Object.setPrototypeOf(fn, SPY_PROTO)
  return fn as unknown as WxSpy<F>
}

/** What the spy's body does (tinyspy has recorded the call's args by then). */
function callSpy(cell: SpyCell, self: unknown, args: unknown[]): unknown {
  cell.order = fewPush(cell.order, ++invocationOrder)
  const state = cell.state
  const own = state.fakeWx
  const replacement = own && (own.once.shift() ?? own.replacement)
  if (state.calls !== (cell as unknown)) {
    if (replacement) return replacement.apply(self, args)
    const result = cell.kind.run(cell.kind.target, cell.core, args, self)
    // tinyspy's record of how the Promise settles must not handle it (issue 11 defect 4).
    divertSpyObserver(result)
    return result
  }
  const before = cell.trace!.count
  let result: unknown
  try {
    result = replacement ? replacement.apply(self, args) : cell.kind.run(cell.kind.target, cell.core, args, self)
  } catch (error) {
    ownNow(state)
    throw error
  }
  if (state.calls === (cell as unknown) && !(!replacement && cell.fromTrace(args, before, result))) ownNow(state)
  if (state.calls !== (cell as unknown) && !replacement) divertSpyObserver(result)
  return result
}

/**
 * A list kept as its only item until it has two (issue 14: a push on an empty array reserves 17 slots, ~150 B, and an
 * array made to size is still 56 B; most spies of a test are called once). Items are never arrays.
 */
type Few<T> = T | T[] | undefined

function fewPush<T>(few: Few<T>, item: T): Few<T> {
  if (few === undefined) return item
  if (!Array.isArray(few)) return [few, item]
  few.push(item)
  return few
}

const fewArray = <T>(few: Few<T>): T[] => (few === undefined ? [] : Array.isArray(few) ? few : [few])

const fewLength = (few: Few<unknown>): number => (few === undefined ? 0 : Array.isArray(few) ? few.length : 1)

const fewAt = <T>(few: Few<T>, i: number): T | undefined => (Array.isArray(few) ? few[i] : i === 0 ? few : undefined)

/** `few` with item `i` (< its length) replaced. */
function fewSet<T>(few: Few<T>, i: number, item: T): Few<T> {
  if (!Array.isArray(few)) return item
  few[i] = item
  return few
}

/** While the records are in the trace: no call going on. */
const IDLE = undefined
/** …the call's record is the trace's (tinyspy's `results.push` that follows is ignored). */
const TRACED: unique symbol = Symbol('fake-wx:traced')

/**
 * fake-wx's own state of a spy: what runs it, the invocation order numbers, and its records kept once (issue 14: the
 * spy's `calls`, `results` and `resolves` beside the trace were ~290 B of the 757 B a getSetting({}) kept: the app's
 * options object and its args array, the results and resolves tuples and the returned Promise). While the trace keeps
 * every entry, tinyspy's three arrays on the spy's state are this object: tinyspy's `calls.push(args)`,
 * `results.length` and `results.push(result)` land here, and a call whose record is in the trace keeps one number:
 * its call entry's seq, and whether it had an argument and returned a Promise.
 * The first read (or write) of `calls`/`results`/`resolves`/`mock` makes tinyspy's own arrays from those
 * (`own()`), and from then on tinyspy keeps its records as always; `mockClear()` (and rt.trace.clear()) starts over.
 * What the trace does not hold makes the spy keep its own records at once, as tinyspy would (`ownNow()`): a call
 * answered by a mockImplementation or nextResult, a throw, a return value (sync APIs, tasks), several arguments,
 * an argument the trace holds differently (null), a call that traced something else first.
 * Read from the trace, `mock.calls[i][0]` is the options object as the call read it (the copy readOptions makes:
 * equal to the app's own at the time of the call, not the same object), and a settled call's `mock.results[i].value`
 * is a Promise with the same outcome (a handled one: not the one the app got, which is not kept).
 */
class SpyCell {
  /** tinyspy's state of the spy (set once the spy is made). */
  state!: TinyState
  /** `mock.invocationCallOrder`'s numbers. */
  order: Few<number> = undefined
  /** IDLE; tinyspy pushed the call's args (the body has not decided); or TRACED: the record is in the trace. */
  call: unknown[] | typeof IDLE | typeof TRACED = IDLE
  /** Per call: `seq * 4 + noArgument + returnedPromise * 2`, or a Pending/Rejected record while it needs one. */
  log: Few<number | Pending | Rejected> = undefined
  constructor(
    readonly kind: SpyKind,
    readonly core: unknown,
    /** The trace, when the records may be answered from it. */
    readonly trace: Trace | undefined,
  ) {}

  /** tinyspy reads `results.length` for the index of the call's settled record: one per call, as its own array. */
  get length(): number {
    return fewLength(this.log)
  }

  /** tinyspy's `calls.push(args)` and `results.push(result)`. */
  push(value: unknown): void {
    if (this.call === TRACED) {
      this.call = IDLE // the call's result: the trace has it
    } else if (this.call === IDLE && this.state.next.length === 0) {
      this.call = value as unknown[]
    } else {
      // A result queued by nextResult/nextError (no body runs), or a call made inside another: tinyspy's own records.
      // ownNow puts the outer call's args first, if one is going on.
      ownNow(this.state)
      this.state.calls.push(value as unknown[])
    }
  }

  /** After the body ran: whether the call's record is the trace's call entry (then kept as its seq). */
  fromTrace(args: unknown[], before: number, result: unknown): boolean {
    const trace = this.trace!
    if (!Array.isArray(this.call) || args.length > 1 || trace.count <= before) return false
    const entry = trace.callAt(before + 1)
    if (!entry || entry.api !== this.kind.name) return false
    const given = args[0]
    if (args.length === 1 && entry.args !== given && !(isPlainObject(given) && typeof entry.args === 'object' && entry.args !== null)) return false
    let code = (before + 1) * 4 + (args.length === 0 ? 1 : 0)
    if (result !== undefined) {
      const twin = takeTwin(result)
      if (!twin) return false
      code += 2
      const pending = new Pending(code, result as Promise<unknown>)
      const index = fewLength(this.log)
      ignoreSpyObserver(pending.promise)
      twin(
        (value) => settle(this, index, pending, true, value),
        (error) => settle(this, index, pending, false, error),
      )
      this.log = fewPush(this.log, pending)
    } else {
      this.log = fewPush(this.log, code)
    }
    this.call = TRACED
    return true
  }
}

/** A Promise call not settled yet: the Promise is kept until it settles, for a read of `mock.results` meanwhile. */
class Pending {
  /** Set when the spy made its own arrays meanwhile: the settled record goes there, as tinyspy's `.then` would put it. */
  resolves: [string, unknown][] | undefined = undefined
  constructor(
    readonly code: number,
    readonly promise: Promise<unknown>,
  ) {}
}

/** A Promise call rejected with what the trace does not hold (a fake-wx misuse error). */
class Rejected {
  constructor(
    readonly code: number,
    readonly error: unknown,
  ) {}
}

function settle(cell: SpyCell, index: number, pending: Pending, ok: boolean, value: unknown): void {
  if (pending.resolves) pending.resolves[index] = [ok ? 'ok' : 'error', value]
  else if (fewAt(cell.log, index) === pending) {
    // Fulfilled or failed with a result the trace holds: the seq says it all again.
    const record = ok || callResultOf(cell.trace!, pending.code)?.result === value ? pending.code : new Rejected(pending.code, value)
    cell.log = fewSet(cell.log, index, record)
  }
}

const seqOf = (code: number): number => (code - (code % 4)) / 4

const isPlainObject = (v: unknown): boolean => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype

/** The result of the call whose call entry is numbered seqOf(code), if recorded. */
const callResultOf = (trace: Trace, code: number) => trace.resultOf(seqOf(code))

/** Records from the trace from now on (a new spy, or a cleared one). */
function derive(cell: SpyCell): void {
  cell.call = IDLE
  cell.log = undefined
  const state = cell.state
  state.calls = state.results = state.resolves = cell as never
}

/** tinyspy's own arrays, made from the trace's entries if the spy's records were there. */
function own(state: TinyState): TinyState {
  if (state.calls === (state.cell as unknown)) ownNow(state)
  return state
}

function ownNow(state: TinyState): void {
  const cell = state.cell
  if (state.calls !== (cell as unknown)) return
  const trace = cell.trace!
  const calls: unknown[][] = []
  const results: [string, unknown][] = []
  const resolves: [string, unknown][] = []
  fewArray(cell.log).forEach((item, i) => {
    const code = typeof item === 'number' ? item : item.code
    calls.push(code & 1 ? [] : [trace.callAt(seqOf(code))?.args])
    if (!(code & 2)) return void results.push(['ok', undefined])
    if (item instanceof Pending) {
      item.resolves = resolves
      return void results.push(['ok', item.promise])
    }
    const settled = item instanceof Rejected ? undefined : callResultOf(trace, code)
    const record: [string, unknown] = settled ? [settled.ok ? 'ok' : 'error', settled.result] : ['error', (item as Rejected).error]
    resolves[i] = record
    results.push(['ok', settledPromise(record)])
  })
  if (Array.isArray(cell.call)) calls.push(cell.call)
  cell.call = IDLE
  state.calls = calls
  state.results = results
  state.resolves = resolves
}

/** A Promise settled as a call's was (handled: nothing waits on it unless a test does). */
function settledPromise([kind, value]: [string, unknown]): Promise<unknown> {
  if (kind === 'ok') return Promise.resolve(value)
  const p = Promise.reject(value)
  p.catch(() => undefined)
  return p
}

/** vitest's settledResults: a Promise result is 'incomplete' until tinyspy saw it settle. */
function settledResult(type: string, value: unknown, settled: [string, unknown] | undefined): WxMockState<AnyFn>['settledResults'][number] {
  if (type !== 'ok') return { type: 'rejected', value }
  if (!(value instanceof Promise)) return { type: 'fulfilled', value }
  if (!settled) return { type: 'incomplete', value: undefined }
  return { type: settled[0] === 'ok' ? 'fulfilled' : 'rejected', value: settled[1] }
}
