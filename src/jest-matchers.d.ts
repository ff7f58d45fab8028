/**
 * The types of fake-wx's matchers on jest's `expect`, by declaration merging, for both ways jest is typed:
 *
 * - `import { expect } from '@jest/globals'` (and `@jest/expect`): both re-export the `expect` package's
 *   `Matchers<R, T>`, which is where jest's docs say custom matchers are declared (expect.extend, "TypeScript").
 * - the global `expect` typed by `@types/jest`: `jest.Matchers<R, T>`.
 *
 * `R` is what a matcher returns there (void, or a Promise after `.resolves`). A declaration file, as for vitest:
 * the `expect` module exists wherever jest is installed.
 */
import type { FakeWxMatchers } from './runtime/integrations/matcher-types.ts'

export type { FakeWxMatchers }

declare module 'expect' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<R extends void | Promise<void>, T = unknown> extends FakeWxMatchers<R> {}
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
    interface Matchers<R, T = {}> extends FakeWxMatchers<R> {}
  }
}
