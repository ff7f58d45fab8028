import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FakeWxError } from '../errors/fake-wx-error.ts'

/**
 * Loads the app's own files (app.js, pages/…/index.js) so that their App() / Page() / Component() calls run.
 *
 * CommonJS (what the client runs: it wraps every file as a module with require/module/exports): loaded
 * with Node's require. Each runtime keeps its own copies of the modules under the app folder and swaps
 * them into require.cache while it loads, so every runtime (every test) gets fresh modules, and shared
 * modules (utils/…) are shared only between the pages of one runtime, as in one run of the app.
 *
 * ES modules (.mjs, or .js under a package.json with "type": "module"): dynamic import with a query
 * that is unique per runtime, so the page file runs again for each runtime. Modules it imports are
 * Node's ESM singletons, shared between runtimes (ESM has no cache to swap).
 */
const nodeRequire = createRequire(import.meta.url)
const EXTENSIONS = ['.js', '.mjs', '.cjs'] as const

let nextLoaderId = 1

export class ModuleLoader {
  readonly root: string
  readonly #own = new Map<string, NodeJS.Module>()
  readonly #token = `fakewx=${nextLoaderId++}`

  constructor(root: string) {
    this.root = root
  }

  /** The file of `route` ('pages/index/index' → …/pages/index/index.js), or undefined. */
  fileOf(route: string): string | undefined {
    for (const ext of EXTENSIONS) {
      const file = join(this.root, route + ext)
      if (existsSync(file)) return file
    }
    return undefined
  }

  async load(file: string): Promise<void> {
    if (isEsm(file)) {
      await import(/* @vite-ignore */ `${pathToFileURL(file).href}?${this.#token}`)
      return
    }
    this.#loadCommonJs(file)
  }

  #loadCommonJs(file: string): void {
    const cache = nodeRequire.cache
    const prefix = this.root.endsWith(sep) ? this.root : this.root + sep
    const mine = (key: string) => key.startsWith(prefix)
    for (const key of Object.keys(cache)) if (mine(key)) delete cache[key]
    for (const [key, module] of this.#own) cache[key] = module
    try {
      nodeRequire(file)
    } finally {
      for (const key of Object.keys(cache)) if (mine(key)) this.#own.set(key, cache[key]!)
    }
  }
}

/** Node's rule: .mjs is ESM, .cjs is CommonJS, .js follows the nearest package.json "type". */
function isEsm(file: string): boolean {
  if (file.endsWith('.mjs')) return true
  if (file.endsWith('.cjs')) return false
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg)) {
      try {
        return (JSON.parse(readFileSync(pkg, 'utf8')) as { type?: string }).type === 'module'
      } catch {
        throw new FakeWxError(`${pkg} is not valid JSON.`)
      }
    }
    if (dirname(dir) === dir) return false
  }
}
