import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { createRuntime, type Runtime, type RuntimeOptions } from '../../src/index.ts'

/** A mini program written for these tests (CommonJS pages, one ESM page, a Component page, two tabs). */
export const FIXTURE_APP = fileURLToPath(new URL('./fixtures/app', import.meta.url))
export const EXAMPLE_APP = fileURLToPath(new URL('../../examples/app', import.meta.url))

/** Registers afterEach cleanup and returns a starter: a runtime on the app folder, installed. */
export function useApp(root = FIXTURE_APP): (options?: RuntimeOptions) => Runtime {
  const started: Runtime[] = []
  afterEach(() => {
    // Tests that juggle runtimes uninstall them themselves; an uninstalled one is skipped here.
    while (started.length) {
      try {
        started.pop()!.uninstall()
      } catch {}
    }
  })
  return (options = {}) => {
    const rt = createRuntime({ app: { root }, ...options })
    rt.install()
    started.push(rt)
    return rt
  }
}

/** The fixture app's lifecycle log (getApp().globalData.log). */
export function logOf(rt: Runtime): string[] {
  return (rt.app.instance!.globalData as { log: string[] }).log
}

/** The log from now on: call it, act, call the returned function. */
export function logSince(rt: Runtime): () => string[] {
  const start = logOf(rt).length
  return () => logOf(rt).slice(start)
}

/** A mini program written as real ones are: ES import in .js with extensionless paths, require('x.js'), resolveAlias, a subpackage. */
export const MODULES_APP = fileURLToPath(new URL('./fixtures/modules', import.meta.url))

/** A mini program whose pages and components carry WXML: one page per directive, event rule and component rule. */
export const VIEW_APP = fileURLToPath(new URL('./fixtures/view', import.meta.url))
