/// <reference types="miniprogram-api-typings" preserve="true" />
/**
 * fake-wx/node-test: fake-wx for `node --test`, with `node:assert` and node:test's hooks.
 *
 *   import { test } from 'node:test'
 *   import { assertWx, fakeWx, useFakeWx } from 'fake-wx/node-test'
 *
 *   test('asks once', async (t) => {
 *     const rt = fakeWx(t, { user: { authorize: 'allow' } })    // this test's runtime, ended by t.after
 *     …
 *     assertWx(rt).toHavePrompted('scope.userLocation')          // throws node:assert's AssertionError
 *   })
 *
 * or `const fx = useFakeWx(options)` at the top of a file or describe block (node:test's beforeEach/afterEach).
 * The matchers are fake-wx's own (the runner-neutral core), with `node:util`'s deep equality and inspect.
 */
import { AssertionError } from 'node:assert'
import { afterEach, beforeEach } from 'node:test'
import { inspect, isDeepStrictEqual } from 'node:util'
import type { FakeWx, Runtime } from './index.ts'
import type { FakeWxMatchers } from './runtime/integrations/matcher-types.ts'
import { fakeWxMatchers, type MatcherContext, type MatcherResult } from './runtime/integrations/matchers.ts'
import { beginTestRuntime, runtimePerTest, type FakeWxHandle, type FakeWxOptions } from './runtime/integrations/test-runtime.ts'

export type { FakeWxHandle, FakeWxMatchers, FakeWxOptions, FakeWx, Runtime }

const OPT_OUT = '{ global: false }'

/** The part of node:test's TestContext fakeWx uses (`t.after`, Node 18.13+ / 20). */
export interface TestContextLike {
  after(fn: () => void): void
}

/** A fresh runtime for the test `t`, `wx` on globalThis (unless `global: false`), ended when the test ends. */
export function fakeWx(t: TestContextLike, options?: FakeWxOptions): Runtime {
  const run = beginTestRuntime(options, OPT_OUT)
  t.after(() => run.end())
  return run.rt
}

/** A fresh runtime for every test of this file or describe block (node:test's beforeEach / afterEach). */
export function useFakeWx(options?: FakeWxOptions | (() => FakeWxOptions)): FakeWxHandle {
  return runtimePerTest({ beforeEach, afterEach }, options, OPT_OUT, 'useFakeWx')
}

export interface WxAssertions extends FakeWxMatchers {
  /** The same assertions, negated. */
  readonly not: FakeWxMatchers
}

type MatcherName = keyof typeof fakeWxMatchers

/** `assertWx(rt).toHaveScope('scope.camera', 'denied')`: fake-wx's matchers as node:assert assertions (rt or rt.wx). */
export function assertWx(received: Runtime | FakeWx): WxAssertions {
  return Object.assign(assertions(received, false), { not: assertions(received, true) })
}

function assertions(received: unknown, isNot: boolean): FakeWxMatchers {
  const ctx: MatcherContext = {
    isNot,
    equals: isDeepStrictEqual,
    utils: { printExpected: (v) => inspect(v), printReceived: (v) => inspect(v) },
  }
  const out = {} as Record<MatcherName, (...args: never[]) => void>
  for (const name of Object.keys(fakeWxMatchers) as MatcherName[]) {
    const matcher = fakeWxMatchers[name] as (this: MatcherContext, received: unknown, ...args: unknown[]) => MatcherResult
    out[name] = function check(...args: unknown[]) {
      const result = matcher.call(ctx, received, ...args)
      if (result.pass === isNot) {
        throw new AssertionError({ message: result.message(), operator: name, stackStartFn: check })
      }
    }
  }
  return out as unknown as FakeWxMatchers
}
