import type { Trace } from '../trace/trace.ts'

/**
 * Something the mini program wrote into the phone (album, address book, calendar): an append-only list
 * the test reads as `items`. Each write is a `device` line in the trace.
 */
export class SavedItems<T> {
  readonly #items: T[] = []
  readonly #trace: Trace
  readonly #change: string
  readonly #summary: (item: T) => unknown

  constructor(trace: Trace, change: string, summary: (item: T) => unknown) {
    this.#trace = trace
    this.#change = change
    this.#summary = summary
  }

  /** Everything written so far, in order (a copy). */
  get items(): readonly T[] {
    return [...this.#items]
  }

  /** Called by the API that writes it. */
  add(item: T): void {
    this.#items.push(item)
    this.#trace.record({ type: 'device', change: this.#change, value: this.#summary(item) })
  }

  clear(): void {
    this.#items.length = 0
  }
}
