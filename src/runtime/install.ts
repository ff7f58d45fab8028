import { FakeWxError } from './errors/fake-wx-error.ts'

/**
 * Puts globals on globalThis (`wx`, and the page host's App, Page, Component, Behavior, getApp,
 * getCurrentPages) and takes them off again, restoring exactly what was there (property descriptors
 * included). They stay writable: some apps reassign `wx = require('./wrapped-wx')`.
 *
 * Several runtimes may be installed at once (nested, or a test that forgets one): they form a stack per global
 * name, and uninstalling in any order leaves the global to the newest installation still standing, or restores
 * what was there before the first one. Uninstalling a layer from the middle hands what it found to the layer
 * above it, so `a.install(); b.install(); a.uninstall(); b.uninstall()` ends with the original global, never a
 * stale `a.wx` (issue 11, defect 3). The stack lives on a global symbol, so two copies of fake-wx (ESM and
 * CommonJS builds) share it, as they share globalThis.
 */
interface Layer {
  /** What the global was when this layer was installed (undefined: no such property). */
  found: PropertyDescriptor | undefined
}

const STACKS_KEY = Symbol.for('fake-wx:installed-globals')

/**
 * The stacks, looked up on globalThis once per process and then kept here. A symbol-keyed read of globalThis right
 * after install/uninstall added or deleted global properties missed its inline cache every time: stackOf was ~20 % of
 * createRuntime + install + uninstall, ~5 % of a page-host run (issue 14, CPU profile). The Map is the global's
 * value for good (nothing replaces it), so a copy of this module loaded later still finds the same one.
 */
let stacksSeen: Map<string, Layer[]> | undefined

function stackOf(name: string): Layer[] {
  const g = globalThis as { [STACKS_KEY]?: Map<string, Layer[]> }
  const stacks = (stacksSeen ??= g[STACKS_KEY] ??= new Map())
  let stack = stacks.get(name)
  if (!stack) stacks.set(name, (stack = []))
  return stack
}

function restore(name: string, descriptor: PropertyDescriptor | undefined): void {
  if (descriptor) Object.defineProperty(globalThis, name, descriptor)
  else delete (globalThis as Record<string, unknown>)[name]
}

/** The attributes of an installed global (writable: apps reassign `wx`); `value` set just before each define. */
const GLOBAL: PropertyDescriptor = { value: undefined, writable: true, configurable: true, enumerable: false }

export interface Installer {
  install(): void
  uninstall(): void
  readonly installed: boolean
}

/**
 * A class, not an object literal with `get installed()`: a literal's accessor gives every runtime's installer a
 * map of its own, in old space, pointing at the getter's closure and so at the runtime, which promoted every
 * page-host runtime out of the young generation (issue 14: ~8.5 KB promoted per install + uninstall before).
 */
class GlobalsInstaller implements Installer {
  readonly #globalsOf: () => Record<string, unknown>
  #layers: Map<string, Layer> | null = null // null = not installed
  #everInstalled = false

  constructor(globalsOf: () => Record<string, unknown>) {
    this.#globalsOf = globalsOf
  }

  get installed(): boolean {
    return this.#layers !== null
  }

  install(): void {
    if (this.#layers !== null) throw new FakeWxError('rt.install() was called twice.', 'Call rt.uninstall() before installing again.')
    const layers = (this.#layers = new Map())
    this.#everInstalled = true
    const globals = this.#globalsOf()
    // for-in over own keys and one descriptor reused, not Object.entries and a descriptor per global: ~1.5 KB and
    // 14 objects less per install (issue 14, allocation profile of the page-host run).
    for (const name in globals) {
      if (!Object.hasOwn(globals, name)) continue
      const layer: Layer = { found: Object.getOwnPropertyDescriptor(globalThis, name) }
      stackOf(name).push(layer)
      layers.set(name, layer)
      GLOBAL.value = globals[name]
      Object.defineProperty(globalThis, name, GLOBAL)
    }
    GLOBAL.value = undefined // the descriptor keeps no runtime alive
  }

  uninstall(): void {
    const layers = this.#layers
    if (layers === null) {
      // A second uninstall (an afterEach that always uninstalls) is a no-op; one before any install is a slip.
      if (this.#everInstalled) return
      throw new FakeWxError('rt.uninstall() was called but this runtime is not installed.', 'Call rt.install() first.')
    }
    for (const [name, layer] of layers) {
      const stack = stackOf(name)
      const at = stack.indexOf(layer)
      if (at < 0) continue // someone cleared the stack (another copy of the module reset): nothing to restore
      stack.splice(at, 1)
      const above = stack[at]
      if (above) above.found = layer.found // a newer installation still holds the global: it restores what we found
      else restore(name, layer.found)
    }
    this.#layers = null
  }
}

export function createInstaller(globalsOf: () => Record<string, unknown>): Installer {
  return new GlobalsInstaller(globalsOf)
}
