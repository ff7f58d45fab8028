import { shorten } from '../format.ts'
import type { TraceEntry } from '../trace-events.ts'
import { describe, historySummary, segments } from './describe.ts'
import { LANE_TITLES, LANES, placement } from './lanes.ts'
import type { TextOptions } from './text.ts'

/** Longest message on an arrow: a diagram wider than a screen helps nobody (the text timeline has it all). */
const MAX_MESSAGE = 90

/**
 * Renders a trace as a Mermaid `sequenceDiagram` (https://mermaid.js.org/syntax/sequenceDiagram.html) with
 * one participant per lane: app, wx, user, settings page. Calls are solid arrows, results and answers dashed
 * (a failure ends in a cross), state changes and notes are `Note over`. Paste it in a Markdown issue.
 */
export function renderMermaid(entries: readonly TraceEntry[], options: TextOptions = {}): string {
  const lines = ['sequenceDiagram', ...LANES.map((lane) => `  participant ${lane} as ${LANE_TITLES[lane]}`)]
  const add = (e: TraceEntry) => {
    const where = placement(e)
    const { verb, text } = describe(e)
    const message = escape(shorten(`[${e.seq}] ${arrowless(verb, text)}`, MAX_MESSAGE))
    if (!where.to) lines.push(`  Note over ${where.from}: ${message}`)
    else lines.push(`  ${where.from}${where.reply ? (where.failed ? '--x' : '-->>') : '->>'}${where.to}: ${message}`)
  }
  for (const segment of segments(entries)) {
    if ('entry' in segment) add(segment.entry)
    else if (options.history) for (const e of segment.history) add(e)
    else {
      const run = segment.history
      lines.push(`  Note over app,settings: ${escape(shorten(`[${run[0]!.seq}-${run[run.length - 1]!.seq}] ${historySummary(run)}`, MAX_MESSAGE * 2))}`)
    }
  }
  return lines.join('\n')
}

/** On an arrow the verb says less than the arrow itself: `ok`/`fail`/`call` go, the others stay. */
function arrowless(verb: string, text: string): string {
  return verb === 'call' || verb === 'ok' || verb === 'fail' ? text : `${verb} ${text}`
}

/**
 * Mermaid reads `;` and a new line as the end of a statement, `#…;` as an entity and `<br>` as a break: they
 * become entity codes (#59; #35; #60; #62;), so any text stays on its arrow.
 */
function escape(text: string): string {
  return text.replace(/[#;<>]/g, (c) => `#${c.charCodeAt(0)};`).replace(/\r?\n/g, ' ')
}
