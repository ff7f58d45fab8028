/**
 * How a spy sees a Promise-style call settle without handling its rejection (issue 11 defect 4).
 *
 * tinyspy records how a returned Promise settles by calling `.then(onOk, onError)` on it, which marks the
 * Promise handled: a refused `wx.getLocation({})` with no `.catch` would never be "Uncaught (in promise)", as it
 * is on a phone. So the call offers the spy a twin of its Promise (the same outcome, a separate Promise), and the
 * spy hands tinyspy's `.then` that twin: the app's Promise stays unhandled until the app handles it.
 * A leaf: invoke.ts offers, spy.ts takes, in the same synchronous call.
 */
let offered: object | undefined
type Observe = (onOk: (v: unknown) => unknown, onError: (e: unknown) => unknown) => unknown
let twinOf: Observe | undefined

/**
 * The call is about to return `promise`; `twin(onOk, onError)` calls one of them with what `promise` settles to, in
 * the same microtask turn (so the record is there before the app's `await` goes on), and returns a handled Promise.
 */
export function offerTwin(promise: object, twin: Observe): void {
  offered = promise
  twinOf = twin
}

/** The twin of `value` if it is the Promise the call just offered (taken once: the offer is for this call only). */
export function takeTwin(value: unknown): Observe | undefined {
  if (value !== offered || offered === undefined) return undefined
  const twin = twinOf!
  offered = twinOf = undefined
  return twin
}

/** For the value a spy's body returned: the next `.then` on it (tinyspy's) goes to its twin. */
export function divertSpyObserver(value: unknown): void {
  const twin = takeTwin(value)
  if (!twin) return
  const promise = value as Promise<unknown>
  Object.defineProperty(promise, 'then', {
    configurable: true,
    value(onOk: (v: unknown) => unknown, onError: (e: unknown) => unknown) {
      delete (promise as { then?: unknown }).then
      return twin(onOk, onError)
    },
  })
}

/**
 * The next `.then` on `promise` (tinyspy's) does nothing: for a call whose spy record is the trace's entry
 * (spy.ts), the spy has its own watcher on the twin already. One shared function, not a closure per call.
 */
export function ignoreSpyObserver(promise: Promise<unknown>): void {
  Object.defineProperty(promise, 'then', { configurable: true, value: ignoredThen })
}

function ignoredThen(this: { then?: unknown }): undefined {
  delete this.then
  return undefined
}
