/**
 * The types of fake-wx's matchers on vitest's `expect`, by declaration merging.
 *
 * vitest 4 declares `Matchers<T = any>` and vitest 5 `Matchers<R, T>`; TypeScript wants every declaration
 * of an interface to repeat its type parameters, so no single declaration fits both. This is a
 * declaration file on purpose: with `skipLibCheck` (vitest's and Vite's templates set it) the merge is
 * accepted under both majors; without it, vitest 5 users see TS2428 here.
 */
import type { FakeWxMatchers } from './runtime/integrations/matcher-types.ts'

export type { FakeWxMatchers }

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> extends FakeWxMatchers {}
}
