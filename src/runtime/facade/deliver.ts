import type { RuntimeCore } from '../core.ts'
// later / settle / throwLater: asynchronous delivery without timers (microtasks.ts).
import { later, settle, throwLater } from '../microtasks.ts'

export { later, settle, throwLater }

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
