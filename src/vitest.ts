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
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test as base, vi } from 'vitest'
import { createRuntime, type FakeWx, type Runtime, type RuntimeOptions } from './index.ts'
import { FakeWxError } from './runtime/errors/fake-wx-error.ts'
import { fakeWxMatchers } from './runtime/integrations/matchers.ts'
import { watchForgottenAnswers } from './runtime/integrations/forgotten-answers.ts'

expect.extend(fakeWxMatchers)

export interface FakeWxOptions extends RuntimeOptions {
  /** Put `wx` on globalThis for the test (default true). Turn it off for `test.concurrent` and pass `wx` around. */
  global?: boolean
}

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

/** Which runtime holds globalThis.wx now: two tests running at once cannot share the global. */
let globalHolder: Runtime | undefined

function claimGlobal(rt: Runtime): void {
  if (globalHolder) {
    throw new FakeWxError(
      'Two tests want the global wx at the same time (test.concurrent?), and a global can only point at one runtime.',
      `Give those tests test.override({ fakeWxOptions: { global: false } }) and pass the \`wx\` fixture to the code under test.`,
    )
  }
  rt.install()
  globalHolder = rt
}

function releaseGlobal(rt: Runtime): void {
  if (globalHolder !== rt) return
  globalHolder = undefined
  rt.uninstall()
}

export const test = base.extend<FakeWxFixtures>({
  fakeWxOptions: {},
  // auto: every test of this `test` gets a runtime and the global wx, so app code that reads the global
  // works even when the test body does not ask for `rt`.
  rt: [
    async ({ fakeWxOptions, signal, task }, use) => {
      const { global = true, ...options } = fakeWxOptions
      const rt = createRuntime(options)
      if (global) claimGlobal(rt)
      // A forgotten answer in callback-style code fails the test at once, and a timeout names the prompts still waiting.
      const forgotten = watchForgottenAnswers(rt, signal)
      try {
        await use(rt)
      } finally {
        rt.restore()
        if (global) releaseGlobal(rt)
        const missed = forgotten.finish(task.result?.errors)
        if (missed) throw missed // eslint-disable-line no-unsafe-finally
      }
    },
    { auto: true },
  ],
  wx: async ({ rt }, use) => {
    await use(rt.wx)
  },
})

export const it = test
// The rest of a test file's vitest imports, so `import { describe, expect, test } from 'fake-wx/vitest'` is the only one.
export { afterAll, afterEach, beforeAll, beforeEach, describe, expect, vi }
export { fakeWxMatchers }
export type { FakeWxMatchers } from './vitest-matchers.d.ts'
