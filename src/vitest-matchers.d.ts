/**
 * The types of fake-wx's matchers on vitest's `expect`, by declaration merging.
 *
 * vitest 4 declares `Matchers<T = any>` and vitest 5 `Matchers<R, T>`; TypeScript wants every declaration
 * of an interface to repeat its type parameters, so no single declaration fits both. This is a
 * declaration file on purpose: with `skipLibCheck` (vitest's and Vite's templates set it) the merge is
 * accepted under both majors; without it, vitest 5 users see TS2428 here.
 */
import type { AuthState, PromptKind, Scope, WxApiName } from './index.ts'

export interface FakeWxMatchers {
  /** The app showed this prompt (not counting a scenario's history): a scope's permission dialog, or a kind of prompt. */
  toHavePrompted(kindOrScope: Scope | PromptKind, scope?: Scope): void
  /** The scope's state in the authorization store now. */
  toHaveScope(scope: Scope, state: AuthState): void
  /** The app called `wx[api]`, with options that include `partialOptions` when given. */
  toHaveCalledWx(api: WxApiName | (string & {}), partialOptions?: object): void
  /** The app called `wx[api]` exactly `times` times. */
  toHaveCalledWxTimes(api: WxApiName | (string & {}), times: number): void
  /** `wx[api]` failed with this reason (any platform's wording of a refusal matches 'auth deny') or errno. */
  toHaveFailedWith(api: WxApiName | (string & {}), reasonOrErrno: string | number): void
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> extends FakeWxMatchers {}
}
