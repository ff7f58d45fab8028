import type { TraceEntry, TraceEvent } from './trace-events.ts'

/** Append-only record of a runtime's life. Read it as `rt.trace`; render it with `rt.timeline()`. */
export class Trace {
  readonly #entries: TraceEntry[] = []
  readonly #now: () => number
  readonly #listeners = new Set<(entry: TraceEntry) => void>()

  constructor(now: () => number) {
    this.#now = now
  }

  /** Appends an event (the object becomes the entry: callers pass a fresh literal). O(1). */
  record(event: TraceEvent): void {
    const entry = event as TraceEvent & { seq: number; time: number }
    entry.seq = this.#entries.length + 1
    entry.time = this.#now()
    this.#entries.push(entry)
    for (const listener of this.#listeners) listener(entry)
  }

  get entries(): readonly TraceEntry[] {
    return this.#entries
  }

  /** Listen to new entries (e.g. to stream a timeline); returns an unsubscribe function. */
  subscribe(listener: (entry: TraceEntry) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
