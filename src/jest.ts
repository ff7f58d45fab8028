/// <reference types="miniprogram-api-typings" preserve="true" />
/**
 * fake-wx/jest: fake-wx's matchers on jest's `expect`, and a fresh runtime per test.
 *
 *   // jest.config.js
 *   module.exports = { setupFilesAfterEnv: ['fake-wx/jest'] }     // registers the matchers in every test file
 *
 *   const { useFakeWx } = require('fake-wx/jest')
 *   const fx = useFakeWx({ scenario: 'denied-once' })           // beforeEach: a runtime, its wx on globalThis
 *   test('…', async () => { …; expect(fx.rt).toHaveScope('scope.userLocation', 'denied') })
 *
 * It imports nothing of jest: it uses the `expect`, `beforeEach` and `afterEach` jest puts on globalThis (the
 * default, `injectGlobals: true`); with `injectGlobals: false`, pass them: `registerMatchers(expect)`,
 * `useFakeWx(options, { beforeEach, afterEach })` from '@jest/globals'. Works with jest 29 and 30, CommonJS
 * (`require`) and ES modules. Types: `@jest/globals`' expect and `@types/jest`'s global one (jest-matchers.d.ts).
 */
import type { FakeWx, Runtime } from './index.ts'
import { FakeWxError } from './runtime/errors/fake-wx-error.ts'
import { fakeWxMatchers } from './runtime/integrations/matchers.ts'
import { runtimePerTest, type EachHooks, type FakeWxHandle, type FakeWxOptions } from './runtime/integrations/test-runtime.ts'

export type { FakeWxHandle, FakeWxOptions, EachHooks, FakeWx, Runtime }
export type { FakeWxMatchers } from './jest-matchers.d.ts'
export { fakeWxMatchers }

interface JestExpect {
  extend(matchers: Record<string, unknown>): void
}

type JestGlobals = Partial<EachHooks> & { expect?: JestExpect }
const jestGlobals = globalThis as JestGlobals

/** Adds fake-wx's matchers to this `expect` (done on import for jest's global one). */
export function registerMatchers(expect: JestExpect): void {
  expect.extend(fakeWxMatchers)
}

if (typeof jestGlobals.expect?.extend === 'function') registerMatchers(jestGlobals.expect)

/**
 * A fresh runtime for every test of this file (or describe block): made in a beforeEach, `wx` installed on
 * globalThis (unless `global: false`), overrides restored and the globals put back in an afterEach, even when
 * the test fails. Read `fx.rt` / `fx.wx` in the test. One per block: two at once would share the global wx.
 */
export function useFakeWx(options?: FakeWxOptions | (() => FakeWxOptions), hooks: EachHooks | undefined = eachHooks()): FakeWxHandle {
  return runtimePerTest(hooks, options, 'useFakeWx({ global: false })', 'useFakeWx')
}

function eachHooks(): EachHooks {
  const { beforeEach, afterEach } = jestGlobals
  if (typeof beforeEach !== 'function' || typeof afterEach !== 'function') {
    throw new FakeWxError(
      "useFakeWx() needs jest's beforeEach/afterEach, and there are none on globalThis (injectGlobals: false?).",
      "Pass them: import { beforeEach, afterEach } from '@jest/globals'; useFakeWx(options, { beforeEach, afterEach }).",
    )
  }
  return { beforeEach, afterEach }
}
