import type { AuthState } from '../../auth/auth-store.ts'
import type { TraceEntry } from '../trace-events.ts'
import { describe, historySummary, isHistory, segments } from './describe.ts'
import { SCRIPT, STYLE } from './html-assets.ts'
import { LANE_TITLES, LANES, placement } from './lanes.ts'

export interface HtmlOptions {
  /** The page's title (default 'fake-wx timeline'). */
  readonly title?: string
}

/**
 * Renders a trace as one self-contained HTML page (no network: inline CSS and JS, a CSP that forbids any
 * load): a row per entry across the lanes app / wx / user / settings page, a column per scope showing its
 * state at every row, filters by kind, the scenario's history folded into one row, and every entry a
 * <details> that opens to its arguments and result (a call's row holds the result it got).
 */
export function renderHtml(entries: readonly TraceEntry[], options: HtmlOptions = {}): string {
  const title = options.title ?? 'fake-wx timeline'
  const scopes = scopesOf(entries)
  const results = new Map<number, TraceEntry>()
  for (const e of entries) if (e.type === 'result') results.set(e.id, e)
  const start = entries[0]?.time ?? 0
  const state = new Map<string, AuthState>(scopes.map((s) => [s, 'undetermined']))

  const body: string[] = []
  for (const segment of segments(entries)) {
    if ('entry' in segment) {
      body.push(row(segment.entry, start, results, stateCells(scopes, state, segment.entry)))
      continue
    }
    const run = segment.history
    const rows = run.map((e) => row(e, start, results, stateCells(scopes, state, e)))
    body.push(
      `<tr class="history-summary"><td class="seq">#${run[0]!.seq}${run.length > 1 ? `–${run[run.length - 1]!.seq}` : ''}</td><td class="time"></td>` +
        `<td colspan="${LANES.length}"><span class="verb">history</span> ${esc(historySummary(run))} ` +
        `<button type="button">show history</button></td>${scopes.map((s) => `<td class="state ${state.get(s)}" title="${esc(s)}: ${state.get(s)}">${label(state.get(s)!)}</td>`).join('')}</tr>`,
      ...rows,
    )
  }

  const kinds = [...new Set(entries.map((e) => e.type))]
  const count = (kind: string) => entries.filter((e) => e.type === kind).length
  const filters = kinds.map((k) => `<label><input type="checkbox" data-kind="${k}" checked> ${k} (${count(k)})</label>`).join('\n')
  const live = entries.filter((e) => !isHistory(e))
  const summary = `${entries.length} entries · ${live.filter((e) => e.type === 'call').length} calls · ${live.filter((e) => e.type === 'prompt').length} prompts · ${live.filter((e) => e.type === 'result' && !e.ok).length} failures`

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="summary">${summary}</p>
<nav class="filters" aria-label="filters">
${filters}
<button type="button" id="expand-all">expand all</button> <button type="button" id="collapse-all">collapse all</button>
</nav>
</header>
<main>
<table class="timeline">
<colgroup><col class="seq"><col class="time">${LANES.map((l) => `<col class="lane lane-${l}">`).join('')}${scopes.map(() => '<col class="scope">').join('')}</colgroup>
<thead><tr><th>#</th><th>time</th>${LANES.map((l) => `<th class="lane lane-${l}">${LANE_TITLES[l]}</th>`).join('')}${scopes.map((s) => `<th class="scope" title="${esc(s)}">${esc(s.replace(/^scope\./, ''))}</th>`).join('')}</tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`
}

/** The scopes a trace is about, in order of first mention: a state change, a prompt for it. */
function scopesOf(entries: readonly TraceEntry[]): string[] {
  const seen = new Set<string>()
  for (const e of entries) if ((e.type === 'auth' || e.type === 'prompt' || e.type === 'answer') && e.scope) seen.add(e.scope)
  return [...seen]
}

function stateCells(scopes: readonly string[], state: Map<string, AuthState>, e: TraceEntry): string {
  if (e.type === 'auth') state.set(e.scope, e.to)
  return scopes
    .map((s) => {
      const st = state.get(s)!
      const changed = e.type === 'auth' && e.scope === s
      return `<td class="state ${st}${changed ? ' changed' : ''}" title="${esc(s)}: ${st}">${changed ? label(st) : ''}</td>`
    })
    .join('')
}

const label = (state: AuthState) => (state === 'granted' ? '✓ granted' : state === 'denied' ? '✗ denied' : '· undetermined')

function row(e: TraceEntry, start: number, results: ReadonlyMap<number, TraceEntry>, states: string): string {
  const where = placement(e)
  const { verb, text } = describe(e)
  const from = LANES.indexOf(where.from)
  const to = where.to ? LANES.indexOf(where.to) : from
  const [lo, hi] = from <= to ? [from, to] : [to, from]
  const arrow = !where.to ? '' : from < to ? ' →' : ' ←'
  const classes = ['entry', `kind-${e.type}`, isHistory(e) ? 'history' : '', e.type === 'result' && !e.ok ? 'failed' : ''].filter(Boolean).join(' ')
  const cell =
    `<td class="cell from-${where.from}${where.to ? '' : ' note'}${from > to ? ' right' : ''}" colspan="${hi - lo + 1}">` +
    `<details><summary><span class="verb">${esc(verb)}</span> <span class="text">${esc(text)}</span>${arrow}</summary>${parts(e, results)}</details></td>`
  const empty = (n: number) => '<td></td>'.repeat(n)
  return (
    `<tr class="${classes}" data-kind="${e.type}" data-seq="${e.seq}"${isHistory(e) ? ' hidden' : ''}>` +
    `<td class="seq">#${e.seq}</td><td class="time">+${e.time - start} ms</td>${empty(lo)}${cell}${empty(LANES.length - 1 - hi)}${states}</tr>`
  )
}

/** What an entry opens to: a call's arguments and result, a prompt's details, an answer … as indented JSON. */
function parts(e: TraceEntry, results: ReadonlyMap<number, TraceEntry>): string {
  const part = (name: string, value: unknown) => `<div class="part">${name}</div><pre>${esc(pretty(value))}</pre>`
  switch (e.type) {
    case 'call': {
      const result = results.get(e.id)
      return part('arguments', e.args) + (result?.type === 'result' ? part(result.ok ? 'result' : 'result (fail)', result.result) : part('result', '(none yet)'))
    }
    case 'result':
      return part('result', e.result)
    case 'prompt':
      return part('shown', e.details ?? {})
    case 'answer':
      return part(`answer (${e.by})`, e.answer)
    case 'auth':
      return part('change', { scope: e.scope, from: e.from, to: e.to, cause: e.cause })
    case 'event':
      return part('payload', e.payload)
    case 'device':
      return part('value', e.value)
    case 'page':
      return part('detail', 'detail' in e ? e.detail : {})
    case 'note':
      return part('note', e.text)
  }
}

/** Indented JSON, functions as "[Function]", buffers by size. */
function pretty(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'string') return value
  try {
    return (
      JSON.stringify(
        value,
        (_k, v: unknown) => (typeof v === 'function' ? '[Function]' : v instanceof ArrayBuffer ? `[ArrayBuffer ${v.byteLength} bytes]` : v),
        2,
      ) ?? String(value)
    )
  } catch {
    return String(value)
  }
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

