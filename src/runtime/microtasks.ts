/**
 * How results reach app code: asynchronously, as the client delivers them, but never through timers.
 * A microtask from a Promise captured at load cannot be faked by any fake-timer setup, so everything
 * works under `vi.useFakeTimers()`. A leaf: the device (BLE peripherals) and the facade both use it.
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
