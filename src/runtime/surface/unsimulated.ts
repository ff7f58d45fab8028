import { stateOf, type RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { SURFACE } from './surface.generated.ts'
import type { Neutral, SurfaceEntry } from './surface-types.ts'

/**
 * What fake-wx does with a member of wx it does not model (msw's `onUnhandledRequest`, for wx):
 *  - 'warn' (default, so real apps run unchanged): the call answers as the typings shape it with neutral values
 *    (an async API `<api>:ok` and its result's required fields empty, a sync API its typed result's neutral value,
 *    a factory an inert object), the trace notes it, and one console.warn per API per runtime names the line that
 *    scripts it;
 *  - 'error': a FakeWxError at the call site;
 *  - 'ok': the same answers as 'warn', silent (trace note only).
 */
export type { UnsimulatedPolicy } from '../config.ts'
export { UNSIMULATED_POLICIES } from '../config.ts'

/**
 * One call of something fake-wx does not simulate: `name` is a wx API (`getBatteryInfo`) or a method of an object
 * (`cloud.database`). Notes it in the trace, then warns once per name per runtime, throws or stays silent, per
 * `createRuntime({ unsimulatedApis })`. Capabilities call it for unmodelled members of the objects they return.
 */
export function unsimulatedCall(core: RuntimeCore, name: string): void {
  const policy = core.config.unsimulatedApis
  const entry = SURFACE[name]
  if (policy === 'error') {
    core.trace.record({ type: 'note', text: `wx.${name} is not simulated: refused (unsimulatedApis: 'error')` })
    throw new FakeWxError(
      `wx.${name} is not simulated by fake-wx, and createRuntime({ unsimulatedApis: 'error' }) refuses unsimulated calls.`,
      `Script it with ${scriptLine(name, entry)}, or let it answer neutral values with createRuntime({ unsimulatedApis: 'warn' }).`,
    )
  }
  const what = answerOf(name, entry)
  core.trace.record({ type: 'note', text: `wx.${name} is not simulated: ${what}` })
  if (policy !== 'warn') return
  const warned = stateOf(core, 'surface.warned', () => new Set<string>())
  if (warned.has(name)) return
  warned.add(name)
  console.warn(`fake-wx: wx.${name} is not simulated: ${what}. Script it with ${scriptLine(name, entry)}, or silence this with createRuntime({ unsimulatedApis: 'ok' }).`)
}

function answerOf(name: string, entry: SurfaceEntry | undefined): string {
  switch (entry?.form) {
    case 'async':
      return `it answered ${name}:ok with neutral values${entry.task ? ` and returned an inert ${entry.task}` : ''}`
    case 'sync':
      return entry.value === undefined ? 'it did nothing' : 'it returned a neutral value'
    case 'factory':
      return `it returned an inert ${entry.returns} whose methods do nothing`
    case 'on':
      return 'the listener is kept but never called'
    default:
      return 'it did nothing'
  }
}

/** The line a test writes to script the API: `rt.override('getBatteryInfo', () => ok({ isCharging: false, level: 0 }))`. */
function scriptLine(name: string, entry: SurfaceEntry | undefined): string {
  switch (entry?.form) {
    case 'async':
      return `rt.override('${name}', () => ok(${sketch(entry.success)}))`
    case 'sync': {
      const value = sketch(entry.value)
      return `rt.override('${name}', () => ${value.startsWith('{') ? `(${value})` : value})`
    }
    case 'factory':
      return `rt.override('${name}', () => your${entry.returns})`
    case 'on':
    case 'off':
      return `rt.override('${name}', (listener) => { … })`
    default:
      return `a fake of ${name} on your own object`
  }
}

/** A short literal of a neutral value: primitives as they are, nested objects and arrays elided, at most 4 fields. */
function sketch(value: Neutral): string {
  if (value === undefined) return 'undefined'
  if (value === null || typeof value !== 'object') return JSON.stringify(value)
  if (Array.isArray(value)) return '[]'
  if ('$' in value) return '…'
  const fields = Object.entries(value as Record<string, Neutral>)
  const shown = fields.slice(0, 4).map(([k, v]) => `${k}: ${v !== null && typeof v === 'object' ? (Array.isArray(v) ? '[]' : '{…}') : JSON.stringify(v)}`)
  if (fields.length > 4) shown.push('…')
  return shown.length ? `{ ${shown.join(', ')} }` : '{}'
}
