import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { compileFunction } from 'node:vm'
import { FakeWxError } from '../../errors/fake-wx-error.ts'

/**
 * An app file made ready to run, once per process: the client's module wrapper around its code.
 *
 * The client runs every .js file as a CommonJS module (framework/app-service/module.html: each file has its
 * own scope, `module.exports` / `exports`, `require`), and DevTools' "将 JS 编译成 ES5" / enhanced compile turns
 * `import` / `export` into that form before it runs. We do the same with esbuild's transform (format cjs):
 * a file with ES module syntax becomes CommonJS, its `import`s become `require`s, and the file's own
 * `require` calls are renamed to `__wx_require`, so the loader can tell an `import` (no resolveAlias, per
 * the app.json doc) from a `require` (resolveAlias applies). A file without import/export runs untouched,
 * its line numbers as written.
 *
 * The wrapper function is compiled once per file version (path + mtime + size) and called once per runtime
 * that loads the file: every runtime evaluates the module body afresh, no compile is repeated.
 */
export type ModuleBody = (exports: unknown, require: unknown, module: unknown, wxRequire: unknown) => void

export const WRAPPER_PARAMS = ['exports', 'require', 'module', '__wx_require'] as const

export interface Compiled {
  readonly stamp: string
  readonly body: ModuleBody
  /** Whether the file had import/export: then `require` in the body is the compiled imports' and `__wx_require` the file's own. */
  readonly compiled: boolean
}

const compiled = new Map<string, Compiled>()

/** `import`/`export` at the start of a statement: the file needs the transform (a false positive only costs one). */
const MODULE_SYNTAX = /(^|[;{}\s])(import\s*[\w{*'"]|export\s*[\w{*])/m

export function compileAppFile(file: string): Compiled {
  const stat = statSync(file)
  const stamp = `${stat.mtimeMs}:${stat.size}`
  const hit = compiled.get(file)
  if (hit?.stamp === stamp) return hit
  const source = readFileSync(file, 'utf8')
  const esm = MODULE_SYNTAX.test(source)
  const code = esm ? toCommonJs(source, file) : source
  const body = compileFunction(code, [...WRAPPER_PARAMS], { filename: file }) as ModuleBody
  const entry = { stamp, body, compiled: esm }
  compiled.set(file, entry)
  return entry
}

/** How many file versions are compiled (tests check the cache is used). */
export function compiledCount(): number {
  return compiled.size
}

type Esbuild = typeof import('esbuild')
let esbuild: Esbuild | undefined

function toCommonJs(source: string, file: string): string {
  esbuild ??= createRequire(import.meta.url)('esbuild') as Esbuild
  try {
    return esbuild.transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'esnext',
      sourcefile: file,
      define: { require: '__wx_require' },
    }).code
  } catch (error) {
    // A syntax error: the client's compile fails the same way (the file never runs).
    const message = (error as { errors?: { text: string; location?: { line: number; column: number } | null }[] }).errors?.[0]
    if (message) {
      const at = message.location ? `:${message.location.line}:${message.location.column}` : ''
      throw new SyntaxError(`${message.text} (${file}${at})`)
    }
    throw new FakeWxError(`esbuild could not compile ${file}: ${String(error)}`)
  }
}
