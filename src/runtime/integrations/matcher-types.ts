import type { AuthState } from '../auth/auth-store.ts'
import type { Scope } from '../auth/scope-table.ts'
import type { WxApiName } from '../apis/index.ts'
import type { PromptKind } from '../user/prompt-kinds.ts'

/**
 * fake-wx's matchers as a runner sees them on `expect(rt)` (or `assertWx(rt)` under node:test), `R` being
 * what the runner's matchers return (void; jest's `R`). One list of signatures for every entry: vitest's and
 * jest's declaration merges extend it, node-test's `assertWx` implements it.
 */
export interface FakeWxMatchers<R = void> {
  /** The app showed this prompt (not counting a scenario's history): a scope's permission dialog, or a kind of prompt. */
  toHavePrompted(kindOrScope: Scope | PromptKind, scope?: Scope): R
  /** The scope's state in the authorization store now. */
  toHaveScope(scope: Scope, state: AuthState): R
  /** The app called `wx[api]`, with options that include `partialOptions` when given. */
  toHaveCalledWx(api: WxApiName | (string & {}), partialOptions?: object): R
  /** The app called `wx[api]` exactly `times` times. */
  toHaveCalledWxTimes(api: WxApiName | (string & {}), times: number): R
  /** `wx[api]` failed with this reason (any platform's wording of a refusal matches 'auth deny') or errno. */
  toHaveFailedWith(api: WxApiName | (string & {}), reasonOrErrno: string | number): R
}
