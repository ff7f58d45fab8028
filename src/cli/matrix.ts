import { matrix, type MatrixResult } from '../repro/matrix.ts'
import { matrixJson, matrixMarkdown } from '../repro/matrix-table.ts'
import { MATRIX_USERS } from '../repro/matrix-users.ts'
import type { Platform } from '../runtime/device/platforms.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import type { LayerPresetName } from '../scenarios/layer-presets.ts'
import type { PresetName } from '../scenarios/presets.ts'
import { PROCESS_IO, progress, type CliIo } from './cli-io.ts'
import { EXIT } from './commands.ts'
import { flowCommandArgs, usageFailure } from './flow-command.ts'
import { FlowFileError, loadFlow } from './flow-module.ts'

export const summary = 'Run one flow under every preset × layers × platform × scripted user, as a table.'

export const usage = `fake-wx matrix FLOW [--presets LIST] [--layers LIST] [--platforms LIST] [--users LIST] [--app DIR] [--json]

  FLOW              an ES module exporting run(rt), optionally runtime (createRuntime options) and users (name → answers),
                    or a bug bundle (bug.fakewx.json: its steps; its app root from the current directory)
  --presets LIST    user histories, comma-separated (default: first-time,granted,denied-once,revoked-in-settings)
  --layers LIST     layer states, comma-separated; 'none' for no layer, '+' joins presets (default: none)
                    e.g. none,os-denied,privacy-not-agreed+os-denied
  --platforms LIST  default: ios,android
  --users LIST      names from the flow's users, else from the built-in allows,refuses (default: all of them)
  --app DIR         the mini program folder (over the flow's runtime.app.root, or the bundle's recorded root)
  --json            the dimensions and every cell as JSON instead of a Markdown table

Examples:
  fake-wx matrix examples/flows/find-store.mjs
  fake-wx matrix examples/flows/find-store.mjs --layers none,os-denied --platforms ios --json

Exit codes: 0 every cell ran, 1 a cell's flow threw (its cell says threw), 2 bad arguments or flow file.`

export async function run(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  const args = flowCommandArgs(argv, {
        presets: { type: 'string' },
        layers: { type: 'string' },
        platforms: { type: 'string' },
        users: { type: 'string' },
        json: { type: 'boolean' },
        app: { type: 'string' },
      }, 'matrix', usage, io)
  if (typeof args === 'number') return args
  const { file } = args

  const bar = progress(io)
  let result: MatrixResult
  try {
    const flow = await loadFlow(file, args.values.app !== undefined ? { app: args.values.app } : {})
    const known = flow.users ?? MATRIX_USERS
    const names = list(args.values.users)
    const missing = names?.find((n) => !Object.hasOwn(known, n))
    if (missing !== undefined) return fail(io, `no user named ${JSON.stringify(missing)}; the users are ${Object.keys(known).join(', ')}`, false)
    result = await matrix({
      runtime: flow.runtime,
      run: flow.run,
      users: names ? Object.fromEntries(names.map((n) => [n, known[n]!])) : known,
      ...(args.values.presets !== undefined ? { presets: list(args.values.presets) as PresetName[] } : {}),
      ...(args.values.platforms !== undefined ? { platforms: list(args.values.platforms) as Platform[] } : {}),
      ...(args.values.layers !== undefined
        ? { layers: list(args.values.layers)!.map((l) => (l === 'none' ? [] : (l.split('+') as LayerPresetName[]))) }
        : {}),
      onCell: (_cell, i, total) => bar.tick(`matrix: ${i + 1}/${total} cells`),
    })
  } catch (error) {
    bar.done()
    if (error instanceof FlowFileError || error instanceof FakeWxError) return fail(io, error.message, false)
    throw error
  }
  bar.done()
  io.stdout.write(`${args.values.json ? matrixJson(result) : matrixMarkdown(result)}\n`)
  return result.cells.some((c) => c.error !== undefined) ? EXIT.found : EXIT.ok
}

const list = (value: string | undefined) => value?.split(',').map((s) => s.trim()).filter(Boolean)

function fail(io: CliIo, message: string, withUsage = true): number {
  return usageFailure(io, 'matrix', usage, message, withUsage)
}
