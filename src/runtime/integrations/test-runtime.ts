import { createRuntime, type Runtime, type RuntimeOptions } from '../create-runtime.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { watchForgottenAnswers } from './forgotten-answers.ts'

/**
 * One test's runtime, whatever the runner: the logic behind `fake-wx/vitest`'s fixture, `fake-wx/jest`'s
 * `useFakeWx()` and `fake-wx/node-test`'s `useFakeWx()` / `fakeWx(t)`. Each entry only says *when* (a fixture,
 * beforeEach/afterEach, the test context's `after`); what happens at the start and the end of a test is here:
 * a fresh runtime, its `wx` (and the page host's globals) on globalThis for the test, then overrides restored
 * and the globals put back, even when the test failed. Nothing carries over between tests.
 *
 * No runner is imported here (layers: integrations entries import this, never the other way round).
 */
export interface FakeWxOptions extends RuntimeOptions {
  /** Put `wx` on globalThis for the test (default true). Turn it off for concurrent tests and pass `wx` around. */
  global?: boolean
}

export interface TestRuntime {
  readonly rt: Runtime
  /**
   * Ends the test's runtime: overrides restored, the globals put back. Safe to call twice. Throws the
   * `UnansweredPromptError` of a forgotten answer the runner did not report (`reported`: the test's errors), so a
   * callback-style call's misuse is never swallowed (issue 11, defect 8).
   */
  end(reported?: readonly unknown[]): void
}

/** Which runtime holds globalThis.wx now: two tests running at once cannot share the global. */
let globalHolder: Runtime | undefined

/**
 * Starts a test's runtime. `optOut` is the runner's way to say `global: false` (shown when two tests want the
 * global at once), e.g. "test.override({ fakeWxOptions: { global: false } })".
 */
export function beginTestRuntime(options: FakeWxOptions = {}, optOut: string, signal?: AbortSignal): TestRuntime {
  const { global = true, ...runtimeOptions } = options
  const rt = createRuntime(runtimeOptions)
  if (global) claimGlobal(rt, optOut)
  // With the runner's signal (vitest), a forgotten answer fails the test at once and is thrown at its end if the
  // runner did not report it. Without one (jest, node:test) it stays an uncaught exception, which those runners
  // report against the test.
  const forgotten = signal ? watchForgottenAnswers(rt, signal) : undefined
  let ended = false
  return {
    rt,
    end(reported) {
      if (ended) return
      ended = true
      try {
        rt.restore()
      } finally {
        if (global) releaseGlobal(rt)
      }
      const missed = forgotten?.finish(reported)
      if (missed) throw missed
    },
  }
}

function claimGlobal(rt: Runtime, optOut: string): void {
  if (globalHolder) {
    throw new FakeWxError(
      'Two tests want the global wx at the same time (concurrent tests?), and a global can only point at one runtime.',
      `Give those tests ${optOut} and pass the \`wx\` of their runtime to the code under test.`,
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

/** What `useFakeWx()` returns: the runtime of the test running now. */
export interface FakeWxHandle {
  /** This test's runtime (after the test, the last one: ended, its globals gone). */
  readonly rt: Runtime
  /** `rt.wx`. */
  readonly wx: Runtime['wx']
}

/** A runner's per-test hooks (jest's globals, node:test's exports): functions that take a function. */
export interface EachHooks {
  beforeEach(fn: () => void): void
  afterEach(fn: () => void): void
}

/**
 * The fixture as hooks: a runtime begun before each test of the block, ended after it. `options` may be a
 * function, read before each test (options that depend on something set up in an earlier hook).
 */
export function runtimePerTest(hooks: EachHooks, options: FakeWxOptions | (() => FakeWxOptions) | undefined, optOut: string, name: string): FakeWxHandle {
  let current: TestRuntime | undefined
  hooks.beforeEach(() => {
    current = beginTestRuntime(typeof options === 'function' ? options() : options, optOut)
  })
  hooks.afterEach(() => current?.end())
  const rt = (): Runtime => {
    if (!current) throw new FakeWxError(`${name}().rt is read outside a test.`, `Read it inside a test or a beforeEach declared after ${name}().`)
    return current.rt
  }
  return {
    get rt() {
      return rt()
    },
    get wx() {
      return rt().wx
    },
  }
}
