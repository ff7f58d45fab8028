import { fileURLToPath } from 'node:url'
import { afterEach } from 'vitest'
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../src/index.ts'

/** A small shop written for these tests: two tabs (home, cart), a product page, a feed with pull-down refresh. */
export const SHOP = fileURLToPath(new URL('./fixtures/shop', import.meta.url))

/** Registers afterEach cleanup and returns a starter: a runtime on the shop, installed. */
export function useShop(): (options?: RuntimeOptions) => Runtime {
  const started: Runtime[] = []
  afterEach(() => {
    while (started.length) started.pop()!.uninstall()
  })
  return (options = {}) => {
    const rt = createRuntime({ app: { root: SHOP }, ...options })
    rt.install()
    started.push(rt)
    return rt
  }
}
