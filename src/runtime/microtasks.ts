import { runInThisContext } from 'node:vm'

/**
 * How results reach app code: asynchronously, as the client delivers them, but never through timers.
 * A microtask from a Promise captured at load cannot be faked by any fake-timer setup, so everything
 * works under `vi.useFakeTimers()`. A leaf: the device (BLE peripherals) and the facade both use it.
 */
const resolved = Promise.resolve()
/**
 * Node's own queueMicrotask, from its main context: jest's modern fake timers replace the test environment's
 * `queueMicrotask` (and `fakeTimers: { enableGlobally: true }` does so before fake-wx loads), which would hold
 * a callback-style call's misuse error forever and let the test pass. The main context's is never faked by jest;
 * under vitest (no vm context) it is the same function as globalThis's, read once here at load. Not bound: a
 * fake's marks (below) must stay readable.
 */
const loadedQueueMicrotask = runInThisContext('queueMicrotask') as typeof queueMicrotask | undefined

/**
 * The real queueMicrotask, even when a fake replaced it before fake-wx loaded (`vi.useFakeTimers({ toFake:
 * ['queueMicrotask'] })` in a setup file): a faked one never runs its jobs, so an error meant to surface would be
 * swallowed (issue 11, defect 8). @sinonjs/fake-timers (vitest's and jest's fake timers) marks each fake with its
 * clock, which keeps the original as `_queueMicrotask`.
 */
type Queue = ((job: () => void) => void) & { clock?: { _queueMicrotask?: unknown } }
function realQueueMicrotask(): ((job: () => void) => void) | undefined {
  let queue = loadedQueueMicrotask as Queue | undefined
  for (let depth = 0; depth < 8 && typeof queue?.clock?._queueMicrotask === 'function'; depth++) {
    queue = queue.clock._queueMicrotask as Queue
  }
  return queue
}

export function later(fn: () => void): void {
  void resolved.then(fn)
}

/** Surfaces an error as an uncaught exception (how a callback-style call reports a test's misuse). */
export function throwLater(error: unknown): void {
  const queue = realQueueMicrotask()
  const raise = () => {
    throw error
  }
  if (queue) queue.call(globalThis, raise)
  else void Promise.reject(error) // no queueMicrotask at all: an unhandled rejection still fails the run
}

/** Resolves after every microtask queued so far has run (a few turns of the microtask queue). */
export async function settle(turns = 10): Promise<void> {
  for (let i = 0; i < turns; i++) await resolved
}
