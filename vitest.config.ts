import { defineConfig } from 'vitest/config'

/**
 * Suite speed (issue 14): with a fresh module graph per file, each worker imported and transformed fake-wx's ~200
 * source files once per test file — most of the suite's time (`import` 40.7 s of 66 s for test/host's 11 files;
 * 13.6 s with shared modules). Runtimes are per test and fake-wx keeps no module-level state between runtimes, so
 * files share one module graph per worker (`isolate: false`). Files that check what a fresh file sees (no global wx
 * at load, a module loaded after a global was faked) keep their own: name them `*.isolated.test.ts` or list them here.
 */
const ISOLATED = [
  'test/integration/isolation*.test.ts',
  'test/**/*.isolated.test.ts',
  // A file-level `test.override({ fakeWxOptions })` stays on the shared `test` of fake-wx/vitest for the next files
  // of the worker when they share one module graph (seen: msw.test.ts's appid in fixture.test.ts's defaults).
  'test/integration/fixture.test.ts',
  'test/integration/spies.test.ts',
  'test/integration/fake-timers.test.ts',
  'test/integration/matchers.test.ts',
  'test/regressions/forgotten-answer-fails-promptly.test.ts',
  'test/readme/suite.test.ts',
  'test/readme/msw.test.ts',
  'test/readme/newcomer.test.ts',
]

export default defineConfig({
  test: {
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    pool: 'threads',
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
})
