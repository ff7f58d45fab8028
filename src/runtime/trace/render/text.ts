import type { TraceEntry } from '../trace-events.ts'
import { describe, historySummary, segments } from './describe.ts'

export interface TextOptions {
  /** Lists a scenario's history entry by entry (default: one line saying where the scenario left the user). */
  readonly history?: boolean
  /** How many earlier entries the trace no longer holds (`traceLimit`, `rt.trace.clear()`). */
  readonly dropped?: number
}

/**
 * Renders a trace as text, one line per event, deterministic (same scenario → same bytes):
 *
 *   #1-4  history scenario denied-once: scope.userLocation denied (4 entries; timeline({ history: true }) lists them)
 *   #5    call    wx.getSetting()
 *   #6    ok      wx.getSetting → getSetting:ok authSetting {"scope.userLocation":false}
 *   #7    call    wx.authorize({"scope":"scope.userLocation"})
 *   #8    fail    wx.authorize → authorize:fail auth deny (errno 103)
 */
export function renderText(entries: readonly TraceEntry[], options: TextOptions = {}): string {
  const rows: [label: string, text: string][] = []
  const add = (e: TraceEntry, suffix = '') => {
    const { verb, text } = describe(e)
    rows.push([`#${e.seq}`, `${verb.padEnd(7)} ${text}${suffix}`])
  }
  for (const segment of segments(entries)) {
    if ('entry' in segment) add(segment.entry)
    else if (options.history) for (const e of segment.history) add(e, ' (history)')
    else rows.push(historyRow(segment.history))
  }
  const width = Math.max(0, ...rows.map(([label]) => label.length)) + 1
  // One line per row, whatever the texts hold (an exception message may span lines).
  const lines = rows.map(([label, text]) => `${label.padEnd(width)} ${text.replace(/\r?\n/g, '\\n')}`)
  const dropped = options.dropped ?? 0
  if (dropped > 0) lines.unshift(`… ${dropped} earlier ${dropped === 1 ? 'entry' : 'entries'} not kept (traceLimit or rt.trace.clear())`)
  return lines.join('\n')
}

function historyRow(run: readonly TraceEntry[]): [string, string] {
  const first = run[0]!.seq
  const last = run[run.length - 1]!.seq
  const label = first === last ? `#${first}` : `#${first}-${last}`
  const more = run.length > 1 ? ` (${run.length} entries; timeline({ history: true }) lists them)` : ''
  return [label, `${'history'.padEnd(7)} ${historySummary(run)}${more}`]
}
