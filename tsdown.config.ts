import { defineConfig, type UserConfig } from 'tsdown'

/**
 * The published build: every entry as ES modules (dist/*.js, *.d.ts) and as CommonJS (dist/*.cjs, *.d.cts),
 * picked by package.json `exports` (import / require / types per entry). Shared code is one chunk per format,
 * so `fake-wx` and `fake-wx/jest` (or `/vitest`) share one runtime module graph.
 *
 * tinyspy 4 is ESM-only: the CommonJS build bundles it (jest's default transform cannot require it); the ESM
 * build imports it. Peers (vitest, msw, jest's expect) and esbuild stay imports.
 */
const entry = {
  index: 'src/index.ts',
  vitest: 'src/vitest.ts',
  jest: 'src/jest.ts',
  'node-test': 'src/node-test.ts',
  msw: 'src/msw.ts',
  // The `fake-wx` command (package `bin`: dist/cli/index.js, the ESM build; its shebang is kept).
  'cli/index': 'src/cli/index.ts',
}

const shared: UserConfig = {
  entry,
  platform: 'node',
  target: 'node20.19',
  sourcemap: true,
  dts: true,
  fixedExtension: false,
  // import.meta.url in the CommonJS build (the page host's createRequire).
  shims: true,
  checks: { legacyCjs: false },
}

export default defineConfig([
  { ...shared, format: 'esm', clean: true },
  { ...shared, format: 'cjs', clean: false, deps: { alwaysBundle: ['tinyspy'] } },
])
