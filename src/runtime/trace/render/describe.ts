import { callee, json, shorten } from '../format.ts'
import type { TraceEntry } from '../trace-events.ts'

/**
 * One trace entry in words, shared by every renderer: a verb (`call`, `ok`, `fail`, `prompt` …) and the text
 * after it. Readability rules live here once: `getSetting:ok` / `openSetting:ok` show the authSetting they
 * returned; arguments longer than MAX_ARGS are cut with a marker saying how much was left out.
 */
export interface Described {
  readonly verb: string
  readonly text: string
}

/** Longest arguments shown on a line; the full value stays in the trace (and in the HTML page's details). */
export const MAX_ARGS = 200

export function describe(e: TraceEntry): Described {
  switch (e.type) {
    case 'call':
      return { verb: 'call', text: `${callee(e.api)}(${e.args === undefined ? '' : shorten(json(e.args), MAX_ARGS)})` }
    case 'result':
      return { verb: e.ok ? 'ok' : 'fail', text: `${callee(e.api)} → ${resultText(e.ok, e.result)}` }
    case 'prompt':
      return { verb: 'prompt', text: `${e.kind}${e.scope ? ` ${e.scope}` : ''}` }
    case 'answer':
      return { verb: 'answer', text: `${e.kind}${e.scope ? ` ${e.scope}` : ''} → ${shorten(json(e.answer), MAX_ARGS)} (${e.by})` }
    case 'auth':
      return { verb: 'auth', text: `${e.scope} ${e.from} → ${e.to} (${e.cause})` }
    case 'event':
      return { verb: 'event', text: `${e.name}(${shorten(json(e.payload), MAX_ARGS)})` }
    case 'device':
      return { verb: 'device', text: `${e.change} ${shorten(json(e.value), MAX_ARGS)}` }
    case 'note':
      return { verb: 'note', text: e.text }
    case 'page':
      return { verb: 'page', text: `${e.target} ${e.what}${'detail' in e ? `(${shorten(json(e.detail), MAX_ARGS)})` : ''}` }
  }
}

/** `getSetting:ok authSetting {"scope.userLocation":false}`, `authorize:fail auth deny (errno 103)`. */
function resultText(ok: boolean, result: unknown): string {
  const r = typeof result === 'object' && result !== null ? (result as { errMsg?: unknown; errno?: unknown; authSetting?: unknown }) : undefined
  if (!r || typeof r.errMsg !== 'string') return shorten(json(result), MAX_ARGS)
  const errno = !ok && r.errno !== undefined ? ` (errno ${String(r.errno)})` : ''
  const authSetting = ok && r.authSetting !== undefined ? ` authSetting ${shorten(json(r.authSetting), MAX_ARGS)}` : ''
  return `${r.errMsg}${authSetting}${errno}`
}

/** An entry a scenario replayed to say how the user got into its state. */
export function isHistory(e: TraceEntry): boolean {
  return 'history' in e && e.history === true
}

/** Entries split into runs: a run of history entries, or one live entry. */
export type Segment = { readonly history: readonly TraceEntry[] } | { readonly entry: TraceEntry }

export function segments(entries: readonly TraceEntry[]): Segment[] {
  const out: Segment[] = []
  let run: TraceEntry[] | undefined
  for (const e of entries) {
    if (isHistory(e)) {
      if (!run) out.push({ history: (run = []) })
      run.push(e)
    } else {
      run = undefined
      out.push({ entry: e })
    }
  }
  return out
}

/**
 * A scenario's history in one line: `scenario denied-once: scope.userLocation denied`. Many scopes are
 * grouped by state (`denied: scope.userLocation, scope.camera, scope.record (+12)`), storage keys listed.
 */
export function historySummary(run: readonly TraceEntry[]): string {
  const scenario = run.find((e) => e.type === 'note' && e.text.startsWith('scenario '))
  const name = scenario?.type === 'note' ? /^scenario ([^:]+)/.exec(scenario.text)?.[1] ?? 'history' : 'history'
  const end = new Map<string, string>()
  for (const e of run) if (e.type === 'auth') end.set(e.scope, e.to)
  const byState = new Map<string, string[]>()
  for (const [scope, state] of end) byState.set(state, [...(byState.get(state) ?? []), scope])
  const states = [...byState].map(([state, scopes]) =>
    scopes.length === 1 ? `${scopes[0]} ${state}` : `${state}: ${scopes.slice(0, 3).join(', ')}${scopes.length > 3 ? ` (+${scopes.length - 3})` : ''}`,
  )
  const storage = run.find((e) => e.type === 'note' && e.text.startsWith('storage holds '))
  if (storage?.type === 'note') states.push(storage.text)
  return `scenario ${name}${states.length ? `: ${states.join('; ')}` : ''}`
}
