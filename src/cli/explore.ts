import { explore, type ExploreResult } from '../repro/explore.ts'
import { answerText } from '../repro/answer-text.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import { PROCESS_IO, progress, type CliIo } from './cli-io.ts'
import { EXIT } from './commands.ts'
import { flowCommandArgs, usageFailure } from './flow-command.ts'
import { FlowFileError, loadFlow } from './flow-module.ts'

export const summary = 'Run a flow under every answer the user could give: the paths, dead ends and loops.'

export const usage = `fake-wx explore FLOW [--limit N] [--max-prompts N] [--timelines] [--app DIR] [--json]

  FLOW            an ES module exporting run(rt) and optionally runtime (createRuntime options; app.root from the file),
                  or a bug bundle (bug.fakewx.json: its steps; its app root from the current directory)
  --limit N       the most paths to run (default 256)
  --max-prompts N the most prompts on one path before it is stopped as a loop (default 40)
  --timelines     print each path's timeline
  --app DIR       the mini program folder (over the flow's runtime.app.root, or the bundle's recorded root)
  --json          the whole result as JSON (paths with answers, auth, error, timeline; deadEnds; loops)

Examples:
  fake-wx explore examples/flows/find-store.mjs
  fake-wx explore examples/flows/map-dead-end.mjs --json > paths.json
  fake-wx explore bug.fakewx.json --app miniprogram      what else the user could have answered in a recorded bug

Exit codes: 0 no dead end and no loop, 1 a dead end or a loop was found, 2 bad arguments or flow file.`

export async function run(argv: string[], io: CliIo = PROCESS_IO): Promise<number> {
  const args = flowCommandArgs(argv, { limit: { type: 'string' }, 'max-prompts': { type: 'string' }, timelines: { type: 'boolean' }, json: { type: 'boolean' }, app: { type: 'string' } }, 'explore', usage, io)
  if (typeof args === 'number') return args
  const { file } = args
  const limit = count(args.values.limit, '--limit')
  const maxPrompts = count(args.values['max-prompts'], '--max-prompts')
  if (typeof limit === 'string') return fail(io, limit)
  if (typeof maxPrompts === 'string') return fail(io, maxPrompts)

  const bar = progress(io)
  let result: ExploreResult
  try {
    const flow = await loadFlow(file, args.values.app !== undefined ? { app: args.values.app } : {})
    result = await explore({
      runtime: flow.runtime,
      run: flow.run,
      ...(limit !== undefined ? { limit } : {}),
      ...(maxPrompts !== undefined ? { maxPrompts } : {}),
      onPath: (_path, i) => bar.tick(`explore: ${i + 1} paths`),
    })
  } catch (error) {
    bar.done()
    if (error instanceof FlowFileError || error instanceof FakeWxError) return fail(io, error.message, false)
    throw error
  }
  bar.done()
  io.stdout.write(args.values.json ? `${JSON.stringify(result, null, 2)}\n` : `${report(file, result, args.values.timelines === true)}\n`)
  return result.deadEnds.length > 0 || result.loops.length > 0 ? EXIT.found : EXIT.ok
}

/** The paths one a line (answers → outcome, the scopes not undetermined), then the dead ends and loops. */
export function report(file: string, result: ExploreResult, timelines = false): string {
  const lines = [`${file}: ${result.paths.length} path${result.paths.length === 1 ? '' : 's'}${result.truncated ? ' (limit reached: more paths not run)' : ''}`]
  result.paths.forEach((p, i) => {
    const answers = p.answers.length ? p.answers.map((a) => `${a.kind}:${answerText(a.answer)}`).join(', ') : 'no prompt'
    const outcome = p.stopped ? `stopped (${p.stopped})` : p.error ? `error: ${p.error.split('\n')[0]}` : p.result === undefined ? 'done' : typeof p.result === 'string' ? p.result : JSON.stringify(p.result)
    const auth = Object.entries(p.auth).filter(([, s]) => s !== 'undetermined').map(([scope, s]) => `${scope} ${s}`)
    lines.push(`  ${i + 1}. ${answers} → ${outcome}${auth.length ? `  [${auth.join(', ')}]` : ''}`)
    if (timelines) lines.push(...p.timeline.split('\n').map((l) => `       ${l}`))
  })
  lines.push(result.deadEnds.length ? `dead ends (${result.deadEnds.length}):` : 'dead ends: none')
  for (const d of result.deadEnds) lines.push(`  path ${d.path + 1}: ${d.scopes.join(', ')} denied on ${d.where}, and nothing there leads to the settings page`)
  lines.push(result.loops.length ? `loops (${result.loops.length}):` : 'loops: none')
  for (const l of result.loops) lines.push(`  path ${l.path + 1}: ${l.cycle.join(' → ')} (came round ${l.repeats} times, stopped)`)
  return lines.join('\n')
}

function count(value: string | undefined, name: string): number | string | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 ? n : `${name} takes a whole number ≥ 1, got ${JSON.stringify(value)}`
}

function fail(io: CliIo, message: string, withUsage = true): number {
  return usageFailure(io, 'explore', usage, message, withUsage)
}
