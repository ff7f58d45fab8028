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
 * under vitest (no vm context) it is the same function as globalThis's, read once here at load.
 */
const microtask = runInThisContext('queueMicrotask') as typeof queueMicrotask

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
