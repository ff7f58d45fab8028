import { coreOf, type Runtime } from '../create-runtime.ts'
import type { FakeWxError } from '../errors/fake-wx-error.ts'
import { watchMisuse } from '../facade/surface-error.ts'
import { callee } from '../trace/timeline.ts'
import { PROMPT_KINDS } from '../user/prompt-kinds.ts'

/**
 * The runner-neutral part of "a forgotten answer fails the test promptly" (issue 11, defect 8), for a fixture that
 * owns one runtime for one test:
 *  - callback-style app code that stops on a FakeWxError (the UnansweredPromptError of a prompt nobody scripted)
 *    has nothing to reject, so the test would wait for its timeout. The watch takes the error and interrupts the
 *    test through its AbortSignal at once;
 *  - when the runner aborts the test itself (its timeout) while prompts still wait (`onUnansweredPrompt: 'wait'`),
 *    the timeout's message names them;
 *  - `finish()` after the test returns the surfaced error the runner did not report, for the fixture to throw, so
 *    it is never swallowed (a runner that ignores the signal still fails the test, at its end).
 */
export interface ForgottenAnswerWatch {
  /** Stops watching. Returns the surfaced error not among `reported` (throw it), if any. */
  finish(reported?: readonly unknown[]): FakeWxError | undefined
}

export function watchForgottenAnswers(rt: Runtime, signal: AbortSignal | undefined): ForgottenAnswerWatch {
  let surfaced: FakeWxError | undefined
  let interrupting = false
  const onAbort = () => {
    if (interrupting || !signal) return
    const waiting = waitingPrompts(rt)
    const reason = signal.reason as unknown
    if (waiting && reason instanceof Error && !reason.message.includes(waiting)) reason.message += `\n${waiting}`
  }
  signal?.addEventListener('abort', onAbort)
  const unwatch = watchMisuse(coreOf(rt), (error) => {
    surfaced ??= error
    if (signal && !signal.aborted) {
      interrupting = true
      try {
        interrupt(signal, error)
      } finally {
        interrupting = false
      }
    }
  })
  return {
    finish(reported = []) {
      unwatch()
      signal?.removeEventListener('abort', onAbort)
      if (!surfaced) return undefined
      const message = surfaced.message
      const seen = reported.some((e) => typeof e === 'object' && e !== null && (e as { message?: unknown }).message === message)
      return seen ? undefined : surfaced
    },
  }
}

/**
 * Fails the running test now with `error`: vitest races every test against its context's signal and rejects the
 * test with `signal.reason` on an 'abort' event (@vitest/runner `withCancel`, vitest 3.2+). A fixture cannot abort
 * that signal (its controller is the runner's), so it dispatches the event with the reason set, then puts the
 * signal back as it was: not aborted, for whatever else listens.
 */
function interrupt(signal: AbortSignal, error: Error): void {
  Object.defineProperty(signal, 'reason', { value: error, configurable: true })
  try {
    signal.dispatchEvent(new Event('abort'))
  } finally {
    delete (signal as { reason?: unknown }).reason
  }
}

/** "Still waiting for an answer: …" naming each prompt on screen, or undefined when none waits. */
export function waitingPrompts(rt: Runtime): string | undefined {
  const pending = rt.user.pending
  if (pending.length === 0) return undefined
  const lines = pending.map((p) => {
    const spec = PROMPT_KINDS[p.kind]
    return `  #${p.id} the ${spec.title}${p.scope ? ` for ${p.scope}` : ''}, shown by ${callee(p.api)}${p.api.startsWith('<') ? '' : '()'}: answer it with (await rt.user.nextPrompt()).respond(${spec.example})`
  })
  return `[fake-wx] Still waiting for an answer when the test stopped:\n${lines.join('\n')}`
}
