import { readFileSync } from 'node:fs'
import { createRequire, SourceMap } from 'node:module'
import { compileFunction } from 'node:vm'
import { inNodeRealm } from './realm.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { find, read, type Found } from '../app-files.ts'

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
const MODULE_SYNTAX =
  /(^|[;{}\s])(import\s*(?:[{*'"]|[\w$]+\s*(?:,|from\b))|export\s*(?:[{*]|(?:default|const|let|var|function|class|async)\b))/m

/**
 * The compiled file, or undefined when `file` is not a file (one lookup answers both: the loader asks per require).
 * `found`: the lookup the caller just made (load-page.ts, when it found the file), so it is not made twice.
 */
export function compileAppFile(file: string, found: Found = find(file)): Compiled | undefined {
  if (found.kind !== 'file') return undefined
  const { stamp } = found
  const hit = compiled.get(file)
  if (hit?.stamp === stamp) return hit
  const source = readFileSync(file, 'utf8')
  const esm = MODULE_SYNTAX.test(source)
  const code = esm ? toCommonJs(source, file) : source
  if (!esm) maps.delete(file)
  const body = wrap(code, file)
  const entry = { stamp, body, compiled: esm }
  compiled.set(file, entry)
  return entry
}

/**
 * The wrapper function, made in the realm fake-wx runs in: app code must see that realm's globals (the
 * runtime's wx, App, Page; jest's fake setTimeout) and make objects with its Object.prototype. In Node's own
 * context that is vm.compileFunction. Under jest, every test file runs in a vm context of its own whose inner
 * global is not a context object compileFunction can take, so the file is evaluated there with that realm's
 * own (indirect) eval, in the old CommonJS wrapper's form: the parameters on the file's first line, so line
 * numbers stay as written, and `sourceURL` naming the file in stacks.
 */
function wrap(code: string, file: string): ModuleBody {
  if (inNodeRealm()) return compileFunction(code, [...WRAPPER_PARAMS], { filename: file }) as ModuleBody
  const realmEval = globalThis.eval
  return realmEval(`(function (${WRAPPER_PARAMS.join(', ')}) {${code}\n})\n//# sourceURL=${file}`) as ModuleBody
}

/** Whether an app file is written as an ES module (it has import / export). */
export function writtenAsEsm(file: string): boolean {
  return MODULE_SYNTAX.test(read(file))
}

/** How many file versions are compiled (tests check the cache is used). */
export function compiledCount(): number {
  return compiled.size
}

/** Compiled files' source maps: a stack names the app's own lines, not the compiled ones. */
const maps = new Map<string, SourceMap>()

/** `error.stack` with the lines of compiled app files mapped back to the lines the app wrote. */
export function mapStack(error: unknown): void {
  if (!(error instanceof Error) || typeof error.stack !== 'string' || maps.size === 0) return
  error.stack = error.stack.replace(/([^\s()]+):(\d+):(\d+)/g, (whole, file: string, line: string, column: string) => {
    const entry = maps.get(file)?.findEntry(Number(line) - 1, Number(column) - 1)
    return entry && 'originalLine' in entry ? `${file}:${entry.originalLine + 1}:${entry.originalColumn + 1}` : whole
  })
}

type Esbuild = typeof import('esbuild')
let esbuild: Esbuild | undefined

function toCommonJs(source: string, file: string): string {
  esbuild ??= createRequire(import.meta.url)('esbuild') as Esbuild
  try {
    const { code, map } = esbuild.transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'esnext',
      sourcefile: file,
      sourcemap: 'external',
      define: { require: '__wx_require' },
    })
    maps.set(file, new SourceMap(JSON.parse(map) as ConstructorParameters<typeof SourceMap>[0]))
    return code
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
