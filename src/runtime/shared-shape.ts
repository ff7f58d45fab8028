/**
 * An options object copied into one whose hidden class (map) every copy with the same keys shares.
 *
 * Why (issue 14, measured): an object built with spreads in optimized code (`{ ...base, app: { root } }`, which page
 * tests and the bench's page run write, and createRuntime's own `{ ...options, ...layers, appJson }`) gets a map of
 * its own per call in V8 11 / Node 20 (checked with %HaveSameMap). Every later read of it then misses its inline
 * cache, and an options reader reads dozens of keys, most of them absent: createRuntime on such options took 12 µs
 * instead of 4 µs, resolveConfig's resolveOwn ~8 µs more with an app.json (.bench cr.mts, CPU profile). A copy made
 * key by key into `{}` follows the shared transition tree, so its reads hit.
 *
 * Only a plain object is copied (its own enumerable keys are what it says; `__proto__` as an own key is kept out, as
 * assigning it would set the copy's prototype). Anything else (a class instance, a Proxy) is returned as it is.
 */
export function sharedShape<T extends object>(options: T): T {
  if (Object.getPrototypeOf(options) !== Object.prototype) return options
  // Object.assign walks the source's own properties in C++ without an inline cache per key: ~2× cheaper here than
  // a keyed copy loop on a map nobody else has (CPU profile).
  if (!Object.hasOwn(options, '__proto__')) return Object.assign({}, options)
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(options)) if (key !== '__proto__') copy[key] = (options as Record<string, unknown>)[key]
  return copy as T
}
