import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
    // Each file gets a fresh module graph; runtimes are per test anyway.
    pool: 'threads',
  },
})
