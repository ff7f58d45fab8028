/** What swapInGlobals returns when every global was in place already: nothing to put back. */
const NOTHING_TO_RESTORE = (): void => undefined

/**
 * Puts a runtime's globals (wx, App, Page, getApp …) on globalThis while an app file runs, when they are not
 * there already (rt.require on a runtime that is not installed, or while another one is), and returns how to
 * put back exactly what was there.
 *
 * The common case (the runtime is installed: every global is in place) allocates nothing: no entries array, no
 * saved list, one shared restore. Before, each app file a page-host run loaded paid 7 entry pairs, a list and a
 * closure for a swap that changed nothing (issue 14).
 */
export function swapInGlobals(globals: Record<string, unknown>): () => void {
  const g = globalThis as Record<string, unknown>
  let saved: [string, PropertyDescriptor | undefined][] | undefined
  for (const name in globals) {
    if (!Object.hasOwn(globals, name)) continue
    const value = globals[name]
    if (g[name] === value) continue
    ;(saved ??= []).push([name, Object.getOwnPropertyDescriptor(globalThis, name)])
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false })
  }
  if (saved === undefined) return NOTHING_TO_RESTORE
  const swapped = saved
  return () => {
    for (const [name, descriptor] of swapped.reverse()) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor)
      else delete g[name]
    }
  }
}
