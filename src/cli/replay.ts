// `fake-wx replay FILE`: replays a bug bundle on the app and prints the first divergence with context.
import { resolve } from 'node:path'
import { replay, type ReplayResult } from '../repro/replay.ts'
import { validateBundle } from '../repro/validate-bundle.ts'
import { EXIT, EXIT_CODES_HELP } from './commands.ts'
import { guarded, out, parse, progress, readJson, UsageError } from './io.ts'

export const summary = 'Replay a bug bundle (rt.bundle()) on the app: exit 0 when it matches, 1 with the first divergence when not.'

const HELP = `Usage: fake-wx replay FILE [--app DIR] [--base DIR] [--strict] [--json] [--context N]

${summary}
The recorded answers answer every prompt and the recorded responses every request, so no server or msw runs.

Options:
  --app DIR      the mini program folder to run (default: the recorded app root, relative to --base)
  --base DIR     what the recorded app root is relative to (default: the current directory)
  --strict       a prompt or request the recording does not contain fails and is a difference (nock's lockdown)
  --json         print the result as JSON: { ok, differences, divergence, notes }
  --context N    matching timeline lines shown before the divergence (default 3)
  -h, --help     this help

Examples:
  npx fake-wx replay bug.fakewx.json --app miniprogram
  npx fake-wx replay bug.fakewx.json --strict --json > result.json

${EXIT_CODES_HELP}`

export async function run(argv: string[]): Promise<number> {
  return guarded('replay', async () => {
    const { values, positionals } = parse(
      argv,
      {
        app: { type: 'string' },
        base: { type: 'string' },
        strict: { type: 'boolean' },
        json: { type: 'boolean' },
        context: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      'replay',
    )
    if (values.help) {
      out(HELP)
      return EXIT.ok
    }
    const [file, ...extra] = positionals
    if (!file) throw new UsageError('which bundle? fake-wx replay FILE (a .fakewx.json file from rt.bundle())')
    if (extra.length > 0) throw new UsageError(`one bundle at a time, got ${positionals.length}: ${positionals.join(' ')}`)
    const context = values.context === undefined ? 3 : Number(values.context)
    if (!Number.isInteger(context) || context < 0) throw new UsageError(`--context needs a whole number ≥ 0, got ${JSON.stringify(values.context)}`)
    const bundle = validateBundle(readJson(file), file)
    progress(`replaying ${bundle.steps.length} step${bundle.steps.length === 1 ? '' : 's'} of ${file}…`)
    const result = await replay(bundle, {
      ...(values.app !== undefined ? { app: resolve(values.app) } : {}),
      ...(values.base !== undefined ? { base: resolve(values.base) } : {}),
      strict: values.strict ?? false,
      context,
    })
    out(values.json ? JSON.stringify(jsonOf(result), null, 2) : report(file, bundle.steps.length, result))
    return result.ok ? EXIT.ok : EXIT.found
  })
}

function jsonOf(r: ReplayResult) {
  return { ok: r.ok, differences: r.differences, ...(r.divergence ? { divergence: r.divergence } : {}), notes: r.notes }
}

/** The divergence as a person reads it: where, the lines both share before it, then the two lines that part. */
export function report(file: string, steps: number, r: ReplayResult): string {
  const lines: string[] = []
  if (r.ok) lines.push(`✓ the replay matches ${file} (${steps} step${steps === 1 ? '' : 's'}, ${r.runtime.trace.length} trace entries)`)
  else lines.push(`✗ the replay diverges from ${file}`)
  const d = r.divergence
  if (d) {
    lines.push('', `First divergence at trace #${d.seq}${d.step ? `, in or after the step ${d.step}` : ''}:`)
    for (const c of d.context) lines.push(`    ${c}`)
    lines.push(`  - ${d.recorded ?? '(the recording ends here)'}    ← recorded`)
    lines.push(`  + ${d.replayed ?? '(the replay ends here)'}    ← replayed`)
  }
  const others = d ? r.differences.filter((line) => !line.startsWith(`trace #${d.seq} `)) : r.differences
  if (others.length > 0) lines.push('', d ? 'Other differences:' : 'Differences:', ...others.map((l) => `  ${l}`))
  if (r.notes.length > 0) lines.push('', 'Notes:', ...r.notes.map((n) => `  ${n}`))
  return lines.join('\n')
}
