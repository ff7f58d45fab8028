/**
 * Where a sub-command writes: stdout for the result, stderr for progress and errors. Tests pass their own.
 * Progress shows only on a terminal (`isTTY`), at most every 100 ms of real time, on one line it rewrites.
 */
export interface CliIo {
  readonly stdout: { write(text: string): unknown }
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean }
}

export const PROCESS_IO: CliIo = { stdout: process.stdout, stderr: process.stderr }

export interface Progress {
  tick(text: string): void
  done(): void
}

export function progress(io: CliIo): Progress {
  if (!io.stderr.isTTY) return { tick() {}, done() {} }
  let last = 0
  let shown = false
  return {
    tick(text) {
      const now = Date.now()
      if (now - last < 100) return
      last = now
      shown = true
      io.stderr.write(`\r\x1b[K${text}`)
    },
    done() {
      if (shown) io.stderr.write('\r\x1b[K')
    },
  }
}

/** Exit codes of explore and matrix: 0 nothing found, 1 findings (dead ends, loops, error cells), 2 bad usage or file. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const
