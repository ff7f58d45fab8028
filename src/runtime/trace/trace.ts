import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { TraceEntry, TraceEvent } from './trace-events.ts'

/** `rt.trace`: the entries, oldest first, and what a test does with them. */
export type TraceView = readonly TraceEntry[] & {
  /** Forgets every entry so far (numbering goes on: the next entry's seq is the one it would have had). */
  clear(): void
  /** How many entries were dropped so far (by `traceLimit` or `clear()`). */
  readonly dropped: number
}

/**
 * What a hot caller puts as `time` in its entry literal (then overwritten by `record`): not a number, so the field's
 * representation is Tagged and the entry points at the clock's own HeapNumber. With `time: 0` (a Smi) the field became
 * a Double one and every entry boxed its time in a HeapNumber of its own: 16 B per entry, 32 B per wx call (issue 14).
 */
export const UNSET_TIME = null as unknown as number

/**
 * The args of a call whose options were an empty object: one frozen empty object shared by every such entry, which
 * reads, compares and serializes as the `{}` copy it stands for (the API's body still gets a copy of its own; no body
 * changes its options). 56 B less kept per `wx.getSetting({})` (issue 14).
 */
const EMPTY_ARGS: object = Object.freeze({})

export function tracedArgs(options: unknown): unknown {
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return options
  for (const _ in options) return options
  return Object.getOwnPropertySymbols(options).length === 0 && Object.getOwnPropertyNames(options).length === 0 ? EMPTY_ARGS : options
}

/**
 * Record of a runtime's life, in order. Read it as `rt.trace`; render it with `rt.timeline()`.
 * With a limit (`createRuntime({ traceLimit })`) it keeps the latest `limit` entries, so a long run's memory stays
 * bounded (issue 11 defect 5); the default keeps everything.
 */
/**
 * A wx call's call and result entries, kept as one object until the trace is read (issue 14): the two entry objects
 * were 152 B per call, this is 88 B. Both slots of the entries array point at it; the slot whose seq is `callSeq` is
 * the call entry, the other the result. `entries` makes the two entry objects, in place, the first time it is read.
 */
export class CallPair {
  /** The result, once recorded. */
  ok: boolean | undefined = undefined
  result: unknown = undefined
  resultTime: number = UNSET_TIME
  constructor(
    /** The call entry's seq; -1 once the call entry is made (its result is then recorded as an entry of its own). */
    public callSeq: number,
    readonly id: number,
    readonly api: string,
    readonly args: unknown,
    readonly callTime: number,
  ) {}
}

type Slot = TraceEntry | CallPair

export class Trace {
  readonly #entries: Slot[]
  readonly #now: () => number
  readonly #limit: number
  #count = 0
  #dropped = 0
  #listeners: Set<(entry: TraceEntry) => void> | undefined
  /** The lowest index that may hold a CallPair; `#entries.length` when none does. */
  #pairsFrom = 0
  /**
   * Whether `entries` was ever read: the array a test holds must never show a CallPair, so from then on every entry
   * is recorded as an object (as when someone subscribes: a listener gets the entry itself).
   */
  #viewed = false

  constructor(now: () => number, limit = Infinity) {
    if (limit !== Infinity && !(Number.isInteger(limit) && limit >= 1)) {
      throw new FakeWxError(`createRuntime({ traceLimit: ${String(limit)} }): traceLimit is how many trace entries to keep.`, 'Give a whole number ≥ 1, or leave it out to keep every entry.')
    }
    this.#now = now
    this.#limit = limit
    this.#entries = []
  }

  /**
   * Appends an event (the object becomes the entry: callers pass a fresh literal). Amortised O(1).
   * A hot caller ends its literal with `seq: 0, time: 0` (overwritten here): the entry then has in-object slots for
   * them, where adding them later gives every entry a property backing store: ~47 B less kept per wx call (issue 14).
   * The keys' order is the same either way.
   */
  record(event: TraceEvent & { seq?: number; time?: number }): void {
    const entry = event as TraceEvent & { seq: number; time: number }
    entry.seq = ++this.#count
    entry.time = this.#now()
    this.#push(entry)
    if (this.#listeners) for (const listener of this.#listeners) listener(entry)
  }

  #push(slot: Slot): void {
    this.#entries.push(slot)
    // Trimmed in batches (a quarter of the limit over it), and exactly whenever the entries are read.
    if (this.#entries.length > this.#limit + Math.max(16, this.#limit >> 2)) this.#trim()
  }

  /**
   * Records a wx call's call entry (`{ type: 'call', id, api, args }`); its result goes to `recordResult` with what
   * this returns. The pair is kept compact until the entries are read (CallPair).
   */
  recordCall(id: number, api: string, args: unknown): CallPair | undefined {
    if (this.#viewed || this.#listeners?.size) {
      this.record({ type: 'call', id, api, args, seq: 0, time: UNSET_TIME })
      return undefined
    }
    const pair = new CallPair(++this.#count, id, api, args, this.#now())
    if (this.#pairsFrom >= this.#entries.length) this.#pairsFrom = this.#entries.length
    this.#push(pair)
    return pair
  }

  /** Records the result entry (`{ type: 'result', id, api, ok, result }`) of a call `recordCall` recorded. */
  recordResult(pair: CallPair | undefined, id: number, api: string, ok: boolean, result: unknown): void {
    if (!pair || pair.callSeq < 0 || this.#viewed || this.#listeners?.size) {
      this.record({ type: 'result', id, api, ok, result, seq: 0, time: UNSET_TIME })
      return
    }
    pair.ok = ok
    pair.result = result
    ++this.#count
    pair.resultTime = this.#now()
    if (this.#pairsFrom >= this.#entries.length) this.#pairsFrom = this.#entries.length
    this.#push(pair)
  }

  /** Makes the entry objects of every CallPair slot, in place (then cached: the array holds the entries). */
  #materialize(): void {
    const entries = this.#entries
    const base = this.#count - entries.length
    for (let i = this.#pairsFrom; i < entries.length; i++) {
      const slot = entries[i]
      if (slot instanceof CallPair) entries[i] = entryOf(slot, base + i + 1)
    }
    this.#pairsFrom = entries.length
  }

  /**
   * The entries as `rt.trace` shows them, with `clear()` and `dropped`. Those two are defined the first time the
   * view is read, not when the trace is made: an accessor whose getter is a closure of this trace gives the array a
   * map of its own, which lives in the old generation and drags every runtime that never reads its trace out of the
   * young one (issue 14: 1 KB promoted per runtime).
   */
  get entries(): TraceView {
    if (this.#entries.length > this.#limit) this.#trim()
    this.#viewed = true
    this.#materialize()
    if (!Object.hasOwn(this.#entries, 'dropped')) {
      Object.defineProperties(this.#entries, {
        clear: { value: () => this.clear(), configurable: true },
        dropped: { get: () => this.dropped },
      })
    }
    return this.#entries as unknown as TraceView
  }

  /** The seq of the latest entry (0 before the first): every entry ever recorded, kept or dropped. */
  get count(): number {
    return this.#count
  }

  /** Whether every entry stays (no traceLimit): then a wx spy can answer its records from the entries (spy.ts). */
  get keepsAll(): boolean {
    return this.#limit === Infinity
  }

  /** The entry numbered `seq`, if it is still kept (seq − 1 − dropped is its index: numbering never skips). */
  entryAt(seq: number): TraceEntry | undefined {
    const entries = this.#entries
    const i = seq - 1 - (this.#count - entries.length)
    const slot = i >= 0 ? entries[i] : undefined
    if (!(slot instanceof CallPair)) return slot
    return (entries[i] = entryOf(slot, seq))
  }

  /**
   * The call entry numbered `seq`, as far as a wx spy needs it (its api, args and id), without making the entry
   * object (spy.ts checks every call's record against it).
   */
  callAt(seq: number): { readonly api: string; readonly args: unknown; readonly id: number } | undefined {
    const entries = this.#entries
    const slot = entries[seq - 1 - (this.#count - entries.length)]
    if (slot instanceof CallPair) return slot.callSeq === seq ? slot : undefined
    return slot?.type === 'call' ? slot : undefined
  }

  /** The result of the call entry numbered `seq`, once recorded and still kept: the first result with its id after it. */
  resultOf(seq: number): { readonly ok: boolean; readonly result: unknown } | undefined {
    const call = this.callAt(seq)
    if (!call) return undefined
    if (call instanceof CallPair) {
      if (call.ok !== undefined) return { ok: call.ok, result: call.result }
    }
    const entries = this.#entries
    for (let i = seq - (this.#count - entries.length); i < entries.length; i++) {
      const slot = entries[i]!
      if (slot instanceof CallPair) {
        if (slot === call) return { ok: slot.ok!, result: slot.result }
      } else if (slot.type === 'result' && slot.id === call.id && slot.api === call.api) {
        return slot
      }
    }
    return undefined
  }

  /** How many entries are kept now (what `entries.length` says, without making the public view). */
  get size(): number {
    if (this.#entries.length > this.#limit) this.#trim()
    return this.#entries.length
  }

  get dropped(): number {
    if (this.#entries.length > this.#limit) this.#trim()
    return this.#dropped
  }

  clear(): void {
    this.#dropped += this.#entries.length
    this.#entries.length = 0
    this.#pairsFrom = 0
  }

  #trim(): void {
    const excess = this.#entries.length - this.#limit
    this.#entries.splice(0, excess)
    this.#dropped += excess
    this.#pairsFrom = Math.max(0, this.#pairsFrom - excess)
  }

  /** Listen to new entries (e.g. to stream a timeline); returns an unsubscribe function. */
  subscribe(listener: (entry: TraceEntry) => void): () => void {
    // A listener gets entry objects: from now on calls are recorded as such (CallPair slots so far stay until read).
    ;(this.#listeners ??= new Set()).add(listener)
    return () => this.#listeners?.delete(listener)
  }
}

/** The entry a CallPair stands for in the slot numbered `seq`, with the keys in the order a recorded literal has them. */
function entryOf(pair: CallPair, seq: number): TraceEntry {
  if (seq === pair.callSeq) {
    pair.callSeq = -1
    return { type: 'call', id: pair.id, api: pair.api, args: pair.args, seq, time: pair.callTime }
  }
  return { type: 'result', id: pair.id, api: pair.api, ok: pair.ok!, result: pair.result, seq, time: pair.resultTime }
}
