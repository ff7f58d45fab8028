/// <reference types="miniprogram-api-typings" preserve="true" />
/**
 * fake-wx/vitest: a `test` with fake-wx fixtures, and fake-wx's matchers on `expect`.
 * The only file of fake-wx that imports vitest (range 4–5, peer dependency).
 *
 *   import { test, expect } from 'fake-wx/vitest'
 *   test('asks for the location once', async ({ rt, wx }) => { … expect(rt).toHavePrompted('scope.userLocation') })
 *
 * Importing it (e.g. from a vitest setup file) registers the matchers. Fixtures use the object syntax,
 * which vitest 4.0 through 5 accept.
 */
import { afterAll, afterEach, beforeAll, beforeEach as vitestBeforeEach, describe, expect, test as base, vi, type TestContext } from 'vitest'
import type { FakeWx, Runtime } from './index.ts'
import { fakeWxMatchers } from './runtime/integrations/matchers.ts'
import { beginTestRuntime, type FakeWxOptions } from './runtime/integrations/test-runtime.ts'

expect.extend(fakeWxMatchers)

export type { FakeWxOptions }

export interface FakeWxFixtures {
  /**
   * The options of each test's runtime. Change them for a file or a describe block with
   * `test.override({ fakeWxOptions: { scenario: 'denied-once' } })` (vitest 4.1+; `test.scoped` on 4.0),
   * or make your own `test` with `test.extend({ fakeWxOptions: { … } })`.
   */
  fakeWxOptions: FakeWxOptions
  /** A fresh runtime for this test, its `wx` on globalThis until the test ends. */
  rt: Runtime
  /** `rt.wx`. */
  wx: FakeWx
}

export const test = base.extend<FakeWxFixtures>({
  fakeWxOptions: {},
  // auto: every test of this `test` gets a runtime and the global wx, so app code that reads the global
  // works even when the test body does not ask for `rt`.
  rt: [
    async ({ fakeWxOptions, signal, task }, use) => {
      // The signal: a forgotten answer in callback-style code fails the test at once, and a timeout names the
      // prompts still waiting.
      const run = beginTestRuntime(fakeWxOptions, 'test.override({ fakeWxOptions: { global: false } })', signal)
      try {
        await use(run.rt)
      } finally {
        run.end(task.result?.errors)
      }
    },
    { auto: true },
  ],
  wx: async ({ rt }, use) => {
    await use(rt.wx)
  },
})

/**
 * vitest's `beforeEach`, typed with the fixtures: `beforeEach(({ rt }) => rt.user.answer({ … }))`. Hooks of a
 * file whose tests use this `test` get the same context as the test, auto fixtures (`rt`) set up first.
 */
export const beforeEach = vitestBeforeEach as (
  fn: (context: TestContext & FakeWxFixtures) => unknown,
  timeout?: number,
) => void

export const it = test
// The rest of a test file's vitest imports, so `import { describe, expect, test } from 'fake-wx/vitest'` is the only one.
export { afterAll, afterEach, beforeAll, describe, expect, vi }
export { fakeWxMatchers }
export type { FakeWxMatchers } from './vitest-matchers.d.ts'
