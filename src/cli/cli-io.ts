/**
 * Where explore and matrix write: stdout for the result, stderr for progress and errors; tests pass their own.
 * Their progress (long runs) is one line rewritten in place, only on a terminal (`isTTY`), at most every
 * 100 ms of real time; io.ts's progress() prints whole lines for the short commands.
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
