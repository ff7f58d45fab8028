import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FakeWxError } from '../../errors/fake-wx-error.ts'

/**
 * Real ES modules (.mjs, or .js under a package.json with "type": "module") load with Node's import(), a query
 * unique to the runtime making the file run again for each runtime (what it imports is Node's, shared).
 */
export async function importFresh(file: string, token: string): Promise<Record<string, unknown>> {
  return (await import(/* @vite-ignore */ `${pathToFileURL(file).href}?${token}`)) as Record<string, unknown>
}

/**
 * Node's rule: .mjs is ESM, .cjs is CommonJS, .js follows the nearest package.json "type".
 *
 * Each folder's package scope is looked up once per process, as Node's own loader does (its package.json reader
 * keeps every path it read, found or not, for the process: lib/internal/modules/package_json_reader.js). Before,
 * every app file each runtime loaded walked up to the nearest package.json: an exists check per folder, a read,
 * a parse (issue 14).
 */
const folderIsModule = new Map<string, boolean>()

export function isEsm(file: string): boolean {
  if (file.endsWith('.mjs')) return true
  if (file.endsWith('.cjs')) return false
  return scopeIsModule(dirname(file))
}

function scopeIsModule(dir: string): boolean {
  const known = folderIsModule.get(dir)
  if (known !== undefined) return known
  const pkg = join(dir, 'package.json')
  let module: boolean
  if (existsSync(pkg)) {
    try {
      module = (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: string }).type === 'module'
    } catch {
      throw new FakeWxError(`${pkg} is not valid JSON.`)
    }
  } else module = dirname(dir) === dir ? false : scopeIsModule(dirname(dir))
  folderIsModule.set(dir, module)
  return module
}

/** A module as `import * as ns` sees it: ESM-compiled exports as they are, CommonJS exports as `default` plus their keys. */
export function namespaceOf(exports: unknown): Record<string, unknown> {
  if (exports !== null && typeof exports === 'object' && (exports as { __esModule?: unknown }).__esModule) return exports as Record<string, unknown>
  const named = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ? { ...(exports as object) } : {}
  return { ...named, default: exports }
}
