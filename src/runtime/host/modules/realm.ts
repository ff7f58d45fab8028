import { runInThisContext } from 'node:vm'

/**
 * Whether fake-wx runs in Node's main context (node, node:test, vitest's threads and forks pools) rather than a
 * vm context of its own (jest's test environments, vitest's vmThreads): there, app files are evaluated in that
 * context (compile.ts) and ES module app files cannot use Node's import() (jest without
 * --experimental-vm-modules has no loader for it), so they are compiled to CommonJS like ESM-syntax .js files.
 */
let cached: boolean | undefined

export function inNodeRealm(): boolean {
  cached ??= runInThisContext('globalThis') === globalThis
  return cached
}
