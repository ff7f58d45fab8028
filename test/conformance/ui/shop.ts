import { fileURLToPath } from 'node:url'
import type { Runtime, RuntimeOptions } from '../../../src/index.ts'
import { useApp } from '../../host/support.ts'

/** A small shop written for these tests: two tabs (home, cart), a product page, a feed with pull-down refresh. */
export const SHOP = fileURLToPath(new URL('./fixtures/shop', import.meta.url))

/** Registers afterEach cleanup and returns a starter: a runtime on the shop, installed. */
export const useShop = (): ((options?: RuntimeOptions) => Runtime) => useApp(SHOP)
