/**
 * The runtime's own clock: virtual milliseconds that move only when a test says so
 * (`rt.clock.advance(ms)`), so time-based rules (getLocation's 30 s window, request timeouts)
 * are deterministic and independent of real or faked timers.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, virtual. */
  now(): number
  /** Moves time forward and runs every timer that falls due, in order. */
  advance(ms: number): void
  /** Schedules `fn` after `ms` virtual milliseconds; returns a cancel function. */
  schedule(ms: number, fn: () => void): () => void
}

/** 2026-01-01T00:00:00Z: a fixed start, so timelines are byte-identical between runs. */
export const DEFAULT_EPOCH = Date.UTC(2026, 0, 1)

const UNSET = null

interface Timer {
  readonly id: number
  readonly at: number
  readonly fn: () => void
}

/**
 * One object with prototype methods, the timer list made by the first `schedule` (issue 14: the clock was an object
 * of three closures over a context and a timers array, ~300 B per runtime, most of whose clocks never schedule; now
 * 48 B). `rt.clock` is a recording view whose methods are bound (recording-views.ts), so `const { advance } =
 * rt.clock` still works; fake-wx's own code calls the methods on the clock.
 */
class VirtualClock implements Clock {
  // Set to a non-number first, so the field holds the time as a tagged pointer: a double field would box a fresh
  // HeapNumber on every now(), and each trace entry would keep its own (16 B) instead of sharing the clock's.
  #now: number = UNSET as unknown as number
  #nextId = 0
  #timers: Timer[] | undefined = undefined

  constructor(start: number) {
    this.#now = start
  }

  now(): number {
    return this.#now
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`[fake-wx] clock.advance needs a non-negative number of ms, got ${ms}.`)
    const end = this.#now + ms
    const timers = this.#timers
    if (timers) {
      for (;;) {
        timers.sort((a, b) => a.at - b.at || a.id - b.id)
        const due = timers[0]
        if (!due || due.at > end) break
        timers.shift()
        this.#now = due.at
        due.fn()
      }
    }
    this.#now = end
  }

  schedule(ms: number, fn: () => void): () => void {
    const timer: Timer = { id: this.#nextId++, at: this.#now + Math.max(0, ms), fn }
    const timers = (this.#timers ??= [])
    timers.push(timer)
    return () => {
      const i = timers.indexOf(timer)
      if (i >= 0) timers.splice(i, 1)
    }
  }
}

export function createClock(start = DEFAULT_EPOCH): Clock {
  return new VirtualClock(start)
}
