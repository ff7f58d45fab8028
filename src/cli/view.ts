// `fake-wx view FILE`: writes the HTML timeline (repro-b's renderer, src/runtime/trace/render/html.ts) of a
// bug bundle or of a trace JSON (JSON.stringify(rt.trace)), next to the file or where -o says.
import { writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { renderTimeline } from '../runtime/trace/render/index.ts'
import type { TraceEntry } from '../runtime/trace/trace-events.ts'
import { BUNDLE_FORMAT } from '../repro/bundle-schema.ts'
import { validateBundle } from '../repro/validate-bundle.ts'
import { EXIT, EXIT_CODES_HELP } from './commands.ts'
import { guarded, out, parse, readJson, UsageError } from './io.ts'

export const summary = 'Write the timeline of a bug bundle or a trace JSON as one self-contained HTML page.'

const HELP = `Usage: fake-wx view FILE [-o OUT] [--title TEXT] [--history]

${summary}
FILE is a bug bundle (rt.bundle()) or a trace (JSON.stringify(rt.trace)). The page needs no network: open it in any browser.

Options:
  -o, --out OUT   where to write it (default: FILE with .html for .json; '-' for stdout)
  --title TEXT    the page's title (default: the file's name)
  --history       list the scenario's history entry by entry instead of one folded row
  -h, --help      this help

Examples:
  npx fake-wx view bug.fakewx.json                 writes bug.fakewx.html
  npx fake-wx view trace.json -o - > timeline.html

${EXIT_CODES_HELP}`

export async function run(argv: string[]): Promise<number> {
  return guarded('view', async () => {
    const { values, positionals } = parse(
      argv,
      { out: { type: 'string', short: 'o' }, title: { type: 'string' }, history: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      'view',
    )
    if (values.help) {
      out(HELP)
      return EXIT.ok
    }
    const [file, ...extra] = positionals
    if (!file) throw new UsageError('which file? fake-wx view FILE (a bug bundle or a trace JSON)')
    if (extra.length > 0) throw new UsageError(`one file at a time, got ${positionals.length}: ${positionals.join(' ')}`)
    const trace = traceOf(readJson(file), file)
    const html = renderTimeline(trace, { format: 'html', title: values.title ?? basename(file), ...(values.history ? { history: true } : {}) })
    const target = values.out ?? (file.endsWith('.json') ? file.replace(/\.json$/, '.html') : `${file}.html`)
    if (target === '-') {
      process.stdout.write(html)
      return EXIT.ok
    }
    writeFileSync(target, html)
    out(`wrote ${target} (${trace.length} trace entries)`)
    return EXIT.ok
  })
}

/** The trace of a bundle (checked against the schema) or a trace itself. */
function traceOf(json: unknown, file: string): readonly TraceEntry[] {
  if (Array.isArray(json)) return json as TraceEntry[]
  if (typeof json === 'object' && json !== null && 'format' in json && (json as { format: unknown }).format === BUNDLE_FORMAT) {
    return validateBundle(json, file).trace as unknown as TraceEntry[]
  }
  throw new UsageError(`${file} is neither a bug bundle (an object with "format": "${BUNDLE_FORMAT}") nor a trace (an array of rt.trace entries)`)
}
