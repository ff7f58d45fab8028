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
export class Trace {
  readonly #entries: TraceEntry[]
  readonly #now: () => number
  readonly #limit: number
  #count = 0
  #dropped = 0
  #listeners: Set<(entry: TraceEntry) => void> | undefined

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
    this.#entries.push(entry)
    // Trimmed in batches (a quarter of the limit over it), and exactly whenever the entries are read.
    if (this.#entries.length > this.#limit + Math.max(16, this.#limit >> 2)) this.#trim()
    if (this.#listeners) for (const listener of this.#listeners) listener(entry)
  }

  /**
   * The entries as `rt.trace` shows them, with `clear()` and `dropped`. Those two are defined the first time the
   * view is read, not when the trace is made: an accessor whose getter is a closure of this trace gives the array a
   * map of its own, which lives in the old generation and drags every runtime that never reads its trace out of the
   * young one (issue 14: 1 KB promoted per runtime).
   */
  get entries(): TraceView {
    if (this.#entries.length > this.#limit) this.#trim()
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
    return i >= 0 ? entries[i] : undefined
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
  }

  #trim(): void {
    const excess = this.#entries.length - this.#limit
    this.#entries.splice(0, excess)
    this.#dropped += excess
  }

  /** Listen to new entries (e.g. to stream a timeline); returns an unsubscribe function. */
  subscribe(listener: (entry: TraceEntry) => void): () => void {
    ;(this.#listeners ??= new Set()).add(listener)
    return () => this.#listeners?.delete(listener)
  }
}
