import type { RuntimeCore } from '../core.ts'

/**
 * How results reach app code: asynchronously, as the client delivers them, but never through timers.
 * A microtask from a Promise captured at load cannot be faked by any fake-timer setup, so everything
 * works under `vi.useFakeTimers()`.
 */
const resolved = Promise.resolve()
const microtask = globalThis.queueMicrotask.bind(globalThis)

export function later(fn: () => void): void {
  void resolved.then(fn)
}

/** Surfaces an error as an uncaught exception (how a callback-style call reports a test's misuse). */
export function throwLater(error: unknown): void {
  microtask(() => {
    throw error
  })
}

/** Resolves after every microtask queued so far has run (a few turns of the microtask queue). */
export async function settle(turns = 10): Promise<void> {
  for (let i = 0; i < turns; i++) await resolved
}

/**
 * Calls app code the way the client does (a callback, a `RecorderManager.onStop` listener, a component's
 * `binderror` handler): an exception never reaches the runtime. It is noted in the trace as
 * "exception in <where>" and reported as the client reports it, `thirdScriptError … ;at <at>` (research.md §6):
 * re-raised as an uncaught error (`callbackErrors: 'uncaught'`, the default) or only logged (`'console'`).
 */
export function callAppCode(core: RuntimeCore, where: string, fn: (payload: never) => unknown, payload: unknown, at = where): void {
  try {
    ;(fn as (p: unknown) => unknown)(payload)
  } catch (error) {
    reportAppError(core, where, error, at)
  }
}

/** The report of an exception app code raised (see callAppCode). */
export function reportAppError(core: RuntimeCore, where: string, error: unknown, at = where): void {
  core.trace.record({ type: 'note', text: `exception in ${where}: ${String(error)}` })
  if (core.config.callbackErrors === 'uncaught') throwLater(error)
  else console.error(`thirdScriptError\n${String(error)};at ${at}`)
}
