import { FakeWxError } from '../../errors/fake-wx-error.ts'
import type { TraceEntry } from '../trace-events.ts'
import { renderHtml } from './html.ts'
import { renderMermaid } from './mermaid.ts'
import { renderText } from './text.ts'

export { renderHtml, renderMermaid, renderText }

/** How `rt.timeline()` writes the trace. */
export type TimelineFormat = 'text' | 'mermaid' | 'html'

export interface TimelineOptions {
  /** 'text' (default): a line per entry; 'mermaid': a sequenceDiagram; 'html': a self-contained page. */
  readonly format?: TimelineFormat
  /** List a scenario's history entry by entry (default: folded into one line / row). */
  readonly history?: boolean
  /** The HTML page's title. */
  readonly title?: string
  /** How many earlier entries the trace no longer holds (`traceLimit`, `rt.trace.clear()`): a first line says so. */
  readonly dropped?: number
}

const RENDERERS: Readonly<Record<TimelineFormat, (entries: readonly TraceEntry[], options: TimelineOptions) => string>> = {
  text: renderText,
  mermaid: renderMermaid,
  html: renderHtml,
}

export const TIMELINE_FORMATS = Object.keys(RENDERERS) as TimelineFormat[]

/**
 * Renders a trace (`rt.trace`, or one read back from JSON: a bug bundle's, an issue's attachment) in a
 * format. The same entries give the same bytes.
 */
export function renderTimeline(trace: readonly TraceEntry[], options: TimelineOptions = {}): string {
  const format = options.format ?? 'text'
  const render = Object.hasOwn(RENDERERS, format) ? RENDERERS[format] : undefined
  if (!render) {
    throw new FakeWxError(`Unknown timeline format ${JSON.stringify(format)}.`, `Use one of ${TIMELINE_FORMATS.map((f) => `'${f}'`).join(', ')}: rt.timeline({ format: 'html' }).`)
  }
  checkTrace(trace)
  return render(trace, options)
}

const TYPES = new Set(['call', 'result', 'prompt', 'answer', 'auth', 'event', 'device', 'note', 'page'])

/** A trace read from a file is checked before it is drawn: which entry, which field, what was expected. */
function checkTrace(trace: unknown): asserts trace is readonly TraceEntry[] {
  if (!Array.isArray(trace)) throw new FakeWxError(`A trace to render must be an array of entries (rt.trace), got ${typeof trace}.`)
  trace.forEach((e: unknown, i) => {
    const entry = e as Partial<TraceEntry> | null
    const problem =
      typeof entry !== 'object' || entry === null
        ? 'is not an object'
        : !TYPES.has(String(entry.type))
          ? `has type ${JSON.stringify(entry.type)}, expected one of ${[...TYPES].join(', ')}`
          : typeof entry.seq !== 'number'
            ? 'has no numeric seq'
            : typeof entry.time !== 'number'
              ? 'has no numeric time'
              : undefined
    if (problem) throw new FakeWxError(`Trace entry [${i}] ${problem}.`, 'A trace is rt.trace, or JSON.parse of JSON.stringify(rt.trace).')
  })
}
