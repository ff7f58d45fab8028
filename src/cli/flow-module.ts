import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { flowOfBundle } from '../repro/bundle-flow.ts'
import type { Runtime, RuntimeOptions } from '../runtime/create-runtime.ts'
import type { UserAnswers } from '../runtime/user/simulated-user.ts'

/**
 * A flow file, as `fake-wx explore` and `fake-wx matrix` take it: an ES module exporting the flow
 *
 *   export const runtime = { app: { root: '../app' }, scopes: ['scope.userLocation'] }  // optional; app.root from this file
 *   export async function run(rt) { const page = await rt.open('pages/index/index'); await page.tap('go'); return page.data.status }
 *   export const users = { allows: { authorize: 'allow' } }                             // optional, for matrix
 *
 * (`export default async function (rt) {…}` works too). What `run` returns is the path's / cell's outcome.
 * A bug bundle (`bug.fakewx.json`) is a flow too: its recorded steps (repro/bundle-flow.ts).
 */
export interface FlowModule {
  readonly file: string
  readonly run: (rt: Runtime) => unknown
  readonly runtime: RuntimeOptions
  readonly users?: Readonly<Record<string, UserAnswers>>
}

/** Thrown for a flow file the command cannot use: the message says which export and what was expected. */
export class FlowFileError extends Error {
  override name = 'FlowFileError'
}

/** `app`: the mini program folder, over the flow's `runtime.app.root` or the bundle's recorded root (`--app DIR`). */
export async function loadFlow(file: string, { cwd = process.cwd(), app }: { cwd?: string; app?: string } = {}): Promise<FlowModule> {
  const path = isAbsolute(file) ? file : resolve(cwd, file)
  if (!existsSync(path)) throw new FlowFileError(`${file}: no such file.`)
  // A bug bundle (rt.bundle()): its steps are the flow, its app root from the current directory (as replay).
  if (path.endsWith('.json')) return { file, ...flowOfBundle(readFileSync(path, 'utf8'), { base: cwd, ...(app !== undefined ? { app: resolve(cwd, app) } : {}) }) }
  let module: Record<string, unknown>
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ERR_UNKNOWN_FILE_EXTENSION') {
      throw new FlowFileError(`${file}: Node cannot load this file type. Write the flow as .mjs / .js, or run the command under tsx: npx tsx node_modules/fake-wx/src/cli/index.ts …`)
    }
    throw new FlowFileError(`${file} failed to load: ${(error as Error).message}`)
  }
  const run = typeof module.run === 'function' ? module.run : module.default
  if (typeof run !== 'function') throw new FlowFileError(`${file}: export a function \`run(rt)\` (or a default function): the flow to run.`)
  const runtime = module.runtime ?? {}
  if (typeof runtime !== 'object' || runtime === null || Array.isArray(runtime)) {
    throw new FlowFileError(`${file}: \`runtime\` must be an object of createRuntime options, got ${Array.isArray(runtime) ? 'an array' : typeof runtime}.`)
  }
  const options = { ...(runtime as RuntimeOptions) }
  if (options.app !== undefined) {
    if (typeof options.app !== 'object' || options.app === null || typeof options.app.root !== 'string') throw new FlowFileError(`${file}: \`runtime.app.root\` must be the mini program's folder (a path from the flow file).`)
    options.app = { ...options.app, root: resolve(dirname(path), options.app.root) }
  }
  if (app !== undefined) options.app = { ...options.app, root: resolve(cwd, app) }
  const users = module.users
  if (users !== undefined && (typeof users !== 'object' || users === null || Array.isArray(users))) {
    throw new FlowFileError(`${file}: \`users\` must map a name to standing answers: { allows: { authorize: 'allow' } }.`)
  }
  return { file, run: run as (rt: Runtime) => unknown, runtime: options, ...(users ? { users: users as Record<string, UserAnswers> } : {}) }
}
