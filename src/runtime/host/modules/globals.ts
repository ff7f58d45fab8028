/**
 * Puts a runtime's globals (wx, App, Page, getApp …) on globalThis while an app file runs, when they are not
 * there already (rt.require on a runtime that is not installed, or while another one is), and returns how to
 * put back exactly what was there.
 */
export function swapInGlobals(globals: Record<string, unknown>): () => void {
  const g = globalThis as Record<string, unknown>
  const saved: [string, PropertyDescriptor | undefined][] = []
  for (const [name, value] of Object.entries(globals)) {
    if (g[name] === value) continue
    saved.push([name, Object.getOwnPropertyDescriptor(globalThis, name)])
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false })
  }
  return () => {
    for (const [name, descriptor] of saved.reverse()) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor)
      else delete g[name]
    }
  }
}
