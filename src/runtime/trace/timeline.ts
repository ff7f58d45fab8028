import type { TraceEntry } from './trace-events.ts'

/**
 * Renders a trace as text, one line per event, deterministic (same scenario → same bytes):
 *
 *   #3  call    wx.authorize({"scope":"scope.userLocation"})
 *   #4  prompt  authorize scope.userLocation
 *   #5  answer  authorize scope.userLocation → "deny" (standing)
 *   #6  auth    scope.userLocation undetermined → denied (dialog)
 *   #7  fail    wx.authorize → authorize:fail auth deny (errno 103)
 */
export function renderTimeline(entries: readonly TraceEntry[], dropped = 0): string {
  const width = String(entries.at(-1)?.seq ?? entries.length).length + 1
  // One line per event, whatever the texts hold (an exception message may span lines).
  const lines = entries.map((e) => `${`#${e.seq}`.padEnd(width + 1)} ${line(e).replace(/\r?\n/g, '\\n')}`)
  if (dropped > 0) lines.unshift(`… ${dropped} earlier ${dropped === 1 ? 'entry' : 'entries'} not kept (traceLimit or rt.trace.clear())`)
  return lines.join('\n')
}

/** How many timeline lines a matcher's failure message shows (the latest). */
export const MESSAGE_TIMELINE_LINES = 60

/**
 * The end of a timeline for a failure message: its last `lines` lines, after a line saying how many were cut
 * (issue 11 defect 5: 20,000 calls made a 1.5 M-character message). `rt.timeline()` has them all.
 */
export function timelineTail(timeline: string, lines = MESSAGE_TIMELINE_LINES): string {
  let at = timeline.length
  for (let n = 0; n < lines; n++) {
    at = timeline.lastIndexOf('\n', at - 1)
    if (at < 0) return timeline
  }
  const cut = countLines(timeline, at)
  return `… ${cut} earlier ${cut === 1 ? 'line' : 'lines'} cut (rt.timeline() has them all)\n${timeline.slice(at + 1)}`
}

function countLines(text: string, end: number): number {
  let n = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++
  return n
}

function line(e: TraceEntry): string {
  const h = 'history' in e && e.history ? ' (history)' : ''
  switch (e.type) {
    case 'call':
      return `call    ${callee(e.api)}(${args(e.args)})${h}`
    case 'result': {
      const r = e.result as { errMsg?: string; errno?: number } | undefined
      const msg = r && typeof r === 'object' && 'errMsg' in r ? r.errMsg : json(e.result)
      const errno = !e.ok && r && typeof r === 'object' && r.errno !== undefined ? ` (errno ${r.errno})` : ''
      return `${e.ok ? 'ok  ' : 'fail'}    ${callee(e.api)} → ${msg}${errno}`
    }
    case 'prompt':
      return `prompt  ${e.kind}${e.scope ? ` ${e.scope}` : ''}${h}`
    case 'answer':
      return `answer  ${e.kind}${e.scope ? ` ${e.scope}` : ''} → ${json(e.answer)} (${e.by})${h}`
    case 'auth':
      return `auth    ${e.scope} ${e.from} → ${e.to} (${e.cause})${h}`
    case 'event':
      return `event   ${e.name}(${json(e.payload)})`
    case 'device':
      return `device  ${e.change} ${json(e.value)}`
    case 'note':
      return `note    ${e.text}${h}`
    case 'page':
      return `page    ${e.target} ${e.what}${'detail' in e ? `(${json(e.detail)})` : ''}`
  }
}

/**
 * How a caller is named: `wx.getLocation` for a wx API; as is for a method of an object wx returned
 * (`RecorderManager.start`, `CameraContext.takePhoto`) and for a component (`<camera>`).
 */
export function callee(api: string): string {
  return api.includes('.') || api.startsWith('<') ? api : `wx.${api}`
}

function args(value: unknown): string {
  return value === undefined ? '' : json(value)
}

/** Longer strings (a 1MB storage value, a response body) are cut so a line stays readable. */
const MAX_STRING = 120

/** A value on one line, as the timeline shows it (functions as [Function], long strings cut). */
export function json(value: unknown): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'function') return '[Function]'
  try {
    return (
      JSON.stringify(value, (_k, v: unknown) => {
        if (typeof v === 'function') return '[Function]'
        if (typeof v === 'string' && v.length > MAX_STRING) return `${v.slice(0, MAX_STRING)}…(${v.length} chars)`
        if (v instanceof ArrayBuffer) return `[ArrayBuffer ${v.byteLength} bytes]`
        return v
      }) ?? String(value)
    )
  } catch {
    return String(value)
  }
}
