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

/** The same frozen `{}`, for an entry's empty payload (reads, compares and serializes as a fresh `{}`). */
export const EMPTY_OBJECT: object = EMPTY_ARGS

export function tracedArgs(options: unknown): unknown {
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return options
  for (const _ in options) return options
  return Object.getOwnPropertySymbols(options).length === 0 && Object.getOwnPropertyNames(options).length === 0 ? EMPTY_ARGS : options
}

/**
 * An entry that is the same in every runtime but for its seq and time (a scenario's history, a change of a scope's
 * state, the app hidden and shown by the settings page): made once per process (a call site's `SharedEntries`), and kept in a compact
 * trace's entries array as itself, one slot, until the entries are read, which makes the entry object with `make`
 * (issue 14: each entry object was 64–96 B kept per runtime; 7 of the recovery flow's 21 entries are such).
 */
export class SharedEntry {
  constructor(
    /** `make(seq, time)`: a fresh entry object, the same literal (keys in the same order) its caller would record. */
    readonly make: (seq: number, time: number) => TraceEntry,
    /** Whether it is shared (cached, or a module constant): one made because the cache is full is recorded as its object. */
    readonly shared = true,
  ) {}
}

/** How many shared entries the caches hold (a few hundred at most in a suite: bounded all the same). */
let sharedCount = 0
const SHARED_LIMIT = 2048

/**
 * A call site's shared entries, by up to four primitive values (what its literal holds), in nested Maps: no key
 * string is built (a template key was ~400 ns a lookup, 2.6 µs per fresh flow; four Map reads are ~60 ns).
 * `at` gives the entry cached there, else the one `make` makes, cached while the caches have room.
 */
export class SharedEntries {
  readonly #root = new Map<unknown, Map<unknown, Map<unknown, Map<unknown, SharedEntry>>>>()

  at(a: unknown, b: unknown, c: unknown, d: unknown, make: () => SharedEntry['make']): SharedEntry {
    let ma = this.#root.get(a)
    if (ma === undefined) this.#root.set(a, (ma = new Map()))
    let mb = ma.get(b)
    if (mb === undefined) ma.set(b, (mb = new Map()))
    let mc = mb.get(c)
    if (mc === undefined) mb.set(c, (mc = new Map()))
    let shared = mc.get(d)
    if (shared === undefined) {
      const room = sharedCount < SHARED_LIMIT
      shared = new SharedEntry(make(), room)
      if (room) {
        mc.set(d, shared)
        sharedCount++
      }
    }
    return shared
  }
}

/** A call's result until it is recorded (in `Trace#pairs`). */
const NO_RESULT: unknown = Symbol('fake-wx:no-result')

/** What `recordCall` returns for `recordResult`: the pair's number, or undefined when the call entry is an object. */
export type CallHandle = number | undefined

/**
 * Record of a runtime's life, in order. Read it as `rt.trace`; render it with `rt.timeline()`.
 * With a limit (`createRuntime({ traceLimit })`) it keeps the latest `limit` entries, so a long run's memory stays
 * bounded (issue 11 defect 5); the default keeps everything.
 *
 * A wx call's call and result entries are kept compact until the entries are read (issue 14): the two entry objects
 * were 152 B per call (and 16 B per boxed time); kept as 4 values in `#pairs` (id, api, args, result) and two small
 * integers in the entries array (`2k` the call of pair k, `2k + 1` its result) they are 48 B. Reading `entries` makes
 * the entry objects, in place (then kept, and `#pairs` dropped). The rest of an entry is known: its seq is its place
 * (seq − 1 − dropped is its index: numbering never skips), its time the clock's at that seq (`#times` holds the seqs
 * where the clock had moved), its `ok` the sign of the id. Compact only while nobody holds or hears the entries (a
 * test that read `rt.trace` holds the very array; a listener gets the entry objects) and with no traceLimit (whose
 * trimming must free what it drops).
 */
export class Trace {
  readonly #entries: (TraceEntry | number | SharedEntry)[]
  readonly #clock: { now(): number }
  readonly #limit: number
  #count = 0
  #dropped = 0
  #listeners: Set<(entry: TraceEntry) => void> | undefined
  /** Per pair k, from `4k`: id (`-id` once failed), api, args, result (NO_RESULT until recorded). */
  #pairs: unknown[] = []
  /** The lowest index of the entries array that may hold a pair's slot (a lower bound). */
  #pairsFrom = 0
  /** Whether `entries` was ever read: from then on every entry is recorded as an object. */
  #viewed = false
  /**
   * The slots' times: `[seq, time, seq, time …]` at each seq where the clock had moved since the last slot; while
   * every slot has the same time, that time itself (issue 14: a runtime whose clock never moves kept a 2-item array,
   * 64 B); undefined before the first slot.
   */
  #times: number | number[] | undefined = undefined

  /** `clock`: the runtime's clock (or a function that tells the time). */
  constructor(clock: { now(): number } | (() => number), limit = Infinity) {
    if (limit !== Infinity && !(Number.isInteger(limit) && limit >= 1)) {
      throw new FakeWxError(`createRuntime({ traceLimit: ${String(limit)} }): traceLimit is how many trace entries to keep.`, 'Give a whole number ≥ 1, or leave it out to keep every entry.')
    }
    this.#clock = typeof clock === 'function' ? { now: clock } : clock
    this.#limit = limit
    this.#entries = []
  }

  /**
   * Appends an event (the object becomes the entry: callers pass a fresh literal). Amortised O(1).
   * A hot caller ends its literal with `seq: 0, time: UNSET_TIME` (overwritten here): the entry then has in-object
   * slots for them, where adding them later gives every entry a property backing store: ~47 B less kept per wx call
   * (issue 14). The keys' order is the same either way.
   */
  record(event: TraceEvent & { seq?: number; time?: number }): void {
    const entry = event as TraceEvent & { seq: number; time: number }
    entry.seq = ++this.#count
    entry.time = this.#clock.now()
    this.#entries.push(entry)
    // Trimmed in batches (a quarter of the limit over it), and exactly whenever the entries are read.
    if (this.#entries.length > this.#limit + Math.max(16, this.#limit >> 2)) this.#trim()
    if (this.#listeners) for (const listener of this.#listeners) listener(entry)
  }

  /** Whether calls are recorded compact now. */
  get #compact(): boolean {
    return !this.#viewed && this.#limit === Infinity && !this.#listeners?.size
  }

  #pushSlot(slot: number | SharedEntry): void {
    const seq = ++this.#count
    const time = this.#clock.now()
    const times = this.#times
    if (times === undefined) this.#times = time
    else if (typeof times === 'number') {
      if (times !== time) this.#times = [0, times, seq, time]
    } else if (times[times.length - 1] !== time) times.push(seq, time)
    if (this.#pairsFrom > this.#entries.length) this.#pairsFrom = this.#entries.length
    this.#entries.push(slot)
  }

  /** Records a shared entry: as itself while compact (one slot), else as the entry object it makes. */
  recordShared(shared: SharedEntry): void {
    if (this.#compact && shared.shared) this.#pushSlot(shared)
    else this.record(shared.make(0, UNSET_TIME))
  }

  /**
   * Records a wx call's call entry (`{ type: 'call', id, api, args }`); its result goes to `recordResult` with what
   * this returns.
   */
  recordCall(id: number, api: string, args: unknown): CallHandle {
    if (!this.#compact) {
      this.record({ type: 'call', id, api, args, seq: 0, time: UNSET_TIME })
      return undefined
    }
    const k = this.#pairs.length >> 2
    this.#pairs.push(id, api, args, NO_RESULT)
    this.#pushSlot(2 * k)
    return k
  }

  /** Records the result entry (`{ type: 'result', id, api, ok, result }`) of a call `recordCall` recorded. */
  recordResult(handle: CallHandle, id: number, api: string, ok: boolean, result: unknown): void {
    if (handle === undefined || !this.#compact) {
      this.record({ type: 'result', id, api, ok, result, seq: 0, time: UNSET_TIME })
      return
    }
    const pairs = this.#pairs
    if (!ok) pairs[4 * handle] = -id
    pairs[4 * handle + 3] = result
    this.#pushSlot(2 * handle + 1)
  }

  /** The clock's time when the pair slot numbered `seq` was recorded. */
  #timeAt(seq: number): number {
    const times = this.#times!
    if (typeof times === 'number') return times
    let lo = 0
    let hi = times.length / 2 - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (times[mid * 2]! <= seq) lo = mid
      else hi = mid - 1
    }
    return times[lo * 2 + 1]!
  }

  /** The entry object a pair slot stands for, with its keys in the order a recorded literal has them. */
  #entryOf(slot: number, seq: number): TraceEntry {
    const pairs = this.#pairs
    const at = 4 * (slot >> 1)
    const signed = pairs[at] as number
    const id = Math.abs(signed)
    const api = pairs[at + 1] as string
    const time = this.#timeAt(seq)
    if (slot % 2 === 0) return { type: 'call', id, api, args: pairs[at + 2], seq, time }
    return { type: 'result', id, api, ok: signed > 0, result: pairs[at + 3], seq, time }
  }

  /** Makes the entry objects of every pair slot, in place; then nothing refers to `#pairs` any more. */
  #materialize(): void {
    const entries = this.#entries
    const base = this.#count - entries.length
    for (let i = this.#pairsFrom; i < entries.length; i++) {
      const slot = entries[i]
      if (typeof slot === 'number') entries[i] = this.#entryOf(slot, base + i + 1)
      else if (slot instanceof SharedEntry) entries[i] = slot.make(base + i + 1, this.#timeAt(base + i + 1))
    }
    this.#pairsFrom = entries.length
    this.#pairs = []
    this.#times = undefined
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

  /** The entries array's slot of the entry numbered `seq`; a shared entry's slot reads as undefined (neither call nor result). */
  #slotAt(seq: number): TraceEntry | number | undefined {
    const i = seq - 1 - (this.#count - this.#entries.length)
    const slot = i >= 0 ? this.#entries[i] : undefined
    return slot instanceof SharedEntry ? undefined : slot
  }

  /**
   * The call entry numbered `seq` if that entry is a call, as far as a wx spy needs it (its api, args and id), without
   * making the entry object (spy.ts checks every call's record against it).
   */
  callAt(seq: number): { readonly api: string; readonly args: unknown; readonly id: number } | undefined {
    const slot = this.#slotAt(seq)
    if (typeof slot !== 'number') return slot?.type === 'call' ? slot : undefined
    if (slot % 2 === 1) return undefined
    const at = 2 * slot
    return { id: Math.abs(this.#pairs[at] as number), api: this.#pairs[at + 1] as string, args: this.#pairs[at + 2] }
  }

  /** The result of the call whose entry is numbered `seq`, once recorded and still kept. */
  resultOf(seq: number): { readonly ok: boolean; readonly result: unknown } | undefined {
    const slot = this.#slotAt(seq)
    if (typeof slot === 'number') {
      if (slot % 2 === 1) return undefined
      const result = this.#pairs[2 * slot + 3]
      return result === NO_RESULT ? undefined : { ok: (this.#pairs[2 * slot] as number) > 0, result }
    }
    if (slot?.type !== 'call') return undefined
    const entries = this.#entries
    for (let i = seq - (this.#count - entries.length); i < entries.length; i++) {
      const e = entries[i]!
      if (typeof e !== 'number' && !(e instanceof SharedEntry) && e.type === 'result' && e.id === slot.id && e.api === slot.api) return e
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
    // From now on entries are objects: a pending call's result must not point into the pairs dropped here.
    this.#viewed = true
    this.#pairs = []
    this.#times = undefined
    this.#dropped += this.#entries.length
    this.#entries.length = 0
    this.#pairsFrom = 0
  }

  #trim(): void {
    const excess = this.#entries.length - this.#limit
    this.#entries.splice(0, excess)
    this.#dropped += excess
  }

  /** Listen to new entries (e.g. to stream a timeline); returns an unsubscribe function. */
  subscribe(listener: (entry: TraceEntry) => void): () => void {
    // A listener gets entry objects: while one listens calls are recorded as such (pair slots so far stay until read).
    ;(this.#listeners ??= new Set()).add(listener)
    return () => this.#listeners?.delete(listener)
  }
}
