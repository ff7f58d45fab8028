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

export function createClock(start = DEFAULT_EPOCH): Clock {
  let now = start
  let nextId = 0
  const timers: { id: number; at: number; fn: () => void }[] = []
  return {
    // A method, not an arrow property: tsx's __name() put that closure in dictionary mode, ~0.3 KB per runtime (issue 14).
    now() {
      return now
    },
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`[fake-wx] clock.advance needs a non-negative number of ms, got ${ms}.`)
      const end = now + ms
      for (;;) {
        timers.sort((a, b) => a.at - b.at || a.id - b.id)
        const due = timers[0]
        if (!due || due.at > end) break
        timers.shift()
        now = due.at
        due.fn()
      }
      now = end
    },
    schedule(ms, fn) {
      const timer = { id: nextId++, at: now + Math.max(0, ms), fn }
      timers.push(timer)
      return () => {
        const i = timers.indexOf(timer)
        if (i >= 0) timers.splice(i, 1)
      }
    },
  }
}
