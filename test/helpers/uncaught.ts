/**
 * Collects the errors that reach `process.on('uncaughtException')` while `run` and the microtasks it
 * queues execute. Vitest reports an uncaught exception as a failed run unless another listener exists
 * ("if there is another listener, assume that it's handled by user code"), so adding ours for the
 * duration lets a test assert on an uncaught error without failing the run.
 */
const realSetImmediate = globalThis.setImmediate // captured before any test fakes timers

export async function uncaughtDuring(run: () => unknown): Promise<unknown[]> {
  const errors: unknown[] = []
  const listener = (error: unknown) => {
    errors.push(error)
  }
  process.on('uncaughtException', listener)
  try {
    await run()
    // Every microtask queued so far (and the uncaught exceptions they raise) runs before a macrotask.
    await new Promise<void>((resolve) => realSetImmediate(resolve))
  } finally {
    process.off('uncaughtException', listener)
  }
  return errors
}

/** One macrotask turn of the real event loop: every pending microtask has run after it. */
export function nextMacrotask(): Promise<void> {
  return new Promise<void>((resolve) => realSetImmediate(resolve))
}
