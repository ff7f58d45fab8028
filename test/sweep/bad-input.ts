// The bad-input sweep (issue 11): every method of rt.wx called with no argument, null, wrong primitives, a huge string,
// an options object with a getter that throws, and each option of its table (OPTION_TYPES, from the typings) given a
// value of the wrong type, then a huge string in each String option. Each call is classified by what the app sees.
import { createRuntime, FakeWxError, UnansweredPromptError } from '../../src/index.ts'
import { AppServiceSdkKnownError } from '../../src/runtime/errors/app-service-error.ts'
import { OPTION_TYPES } from '../../src/runtime/facade/option-types.generated.ts'
import { SURFACE } from '../../src/runtime/surface/surface.generated.ts'

/**
 * What a bad input is. `type-error`: the client refuses it (a wrong type), so it must never succeed. `positional`: a
 * primitive given to a sync API whose first parameter is not an options object (getStorageSync(42)): no documented rule.
 */
export type InputKind = 'none' | 'null' | 'type-error' | 'getter' | 'huge-string' | 'positional'
export type Outcome =
  | 'ok' // success result, or a sync API returned
  | 'fail' // a wx-shaped fail `{ errMsg: '<api>:fail …' }`
  | 'client-throw' // a Sync form's AppServiceSdkKnownError (`APP-SERVICE-SDK:<api>:fail …`)
  | 'getter-throw' // the app's own getter error, thrown synchronously out of the call
  | 'asked' // the call showed a prompt nobody scripted (UnansweredPromptError, fake-wx's loud misuse error)
  | 'misuse' // another FakeWxError saying what the test must do
  | 'crash' // any other exception thrown or rejected (TypeError …)
  | 'uncaught' // an error that reached process 'uncaughtException' / 'unhandledRejection'
  | 'no-result' // an asynchronous call that never delivered (a hang)

export interface SweptCall {
  readonly api: string
  readonly input: string
  readonly kind: InputKind
  readonly outcome: Outcome
  readonly detail: string
}

export class SweepGetterError extends Error {}
const HUGE = 'x'.repeat(1_000_000)
const WRONG: readonly [string, unknown][] = [
  ['Number', 42],
  ['String', 'wrong'],
  ['Boolean', true],
  ['Array', []],
  ['Object', {}],
  ['Function', () => undefined],
]

function inputsOf(api: string): [string, InputKind, () => unknown[]][] {
  const table = Object.hasOwn(OPTION_TYPES, api) ? OPTION_TYPES[api]! : undefined
  const takesOptions = SURFACE[api]?.form === 'async' || table !== undefined
  const firstKey = table ? Object.keys(table)[0] : undefined
  const getterKey = firstKey ?? 'success'
  const out: [string, InputKind, () => unknown[]][] = [
    ['()', 'none', () => []],
    ['(null)', 'null', () => [null]],
    ['(42)', takesOptions ? 'type-error' : 'positional', () => [42]],
    ['(true)', takesOptions ? 'type-error' : 'positional', () => [true]],
    ['(huge string)', takesOptions ? 'type-error' : 'positional', () => [HUGE]],
    [`({ get ${getterKey}() { throw } })`, 'getter', () => [Object.defineProperty({}, getterKey, { enumerable: true, get: () => { throw new SweepGetterError(`${api} getter`) } })]],
  ]
  for (const [key, types] of Object.entries(table ?? {})) {
    const wrong = WRONG.find(([t]) => !types.includes(t))
    if (wrong) out.push([`({ ${key}: ${wrong[0]} })`, 'type-error', () => [{ [key]: wrong[1] }]])
    if (types.includes('String')) out.push([`({ ${key}: huge string })`, 'huge-string', () => [{ [key]: HUGE }]])
  }
  return out
}

const wxShapedFail = (v: unknown): v is { errMsg: string } => !!v && typeof v === 'object' && typeof (v as { errMsg?: unknown }).errMsg === 'string' && (v as { errMsg: string }).errMsg.includes(':fail')

function classifyError(error: unknown): [Outcome, string] {
  if (error instanceof SweepGetterError) return ['getter-throw', error.message]
  if (error instanceof UnansweredPromptError) return ['asked', error.message.split('\n')[0]!]
  if (error instanceof FakeWxError) return ['misuse', error.message.split('\n')[0]!]
  if (error instanceof AppServiceSdkKnownError) return ['client-throw', error.message]
  if (wxShapedFail(error)) return ['fail', error.errMsg]
  return ['crash', String(error instanceof Error ? `${error.name}: ${error.message}` : error).slice(0, 200)]
}

/** Sweeps `apis` (default: every method on rt.wx at the default base library). */
export async function sweep(apis?: readonly string[]): Promise<SweptCall[]> {
  const results: SweptCall[] = []
  let current: { api: string; input: string; kind: InputKind } | undefined
  const stray: unknown[] = []
  const onStray = (e: unknown) => stray.push(e)
  process.on('uncaughtException', onStray)
  process.on('unhandledRejection', onStray)
  const names = apis ?? Object.keys(createRuntime().wx).filter((n) => typeof (createRuntime().wx as unknown as Record<string, unknown>)[n] === 'function')
  try {
    for (const api of names) {
      const rt = createRuntime({ scenario: 'granted', unsimulatedApis: 'ok', user: { privacy: 'agree' } })
      const wx = rt.wx as unknown as Record<string, (...a: unknown[]) => unknown>
      const pending: { call: { api: string; input: string; kind: InputKind }; from: number; promise?: Promise<[Outcome, string]> ; sync?: [Outcome, string] }[] = []
      for (const [input, kind, args] of inputsOf(api)) {
        current = { api, input, kind }
        const from = rt.trace.length
        let entry: (typeof pending)[number]
        try {
          const r = wx[api]!(...args())
          if (r instanceof Promise) entry = { call: current, from, promise: r.then((v) => ['ok', JSON.stringify(v)?.slice(0, 120) ?? ''] as [Outcome, string], classifyError) }
          else entry = { call: current, from, sync: ['ok', ''] }
        } catch (error) {
          entry = { call: current, from, sync: classifyError(error) }
        }
        pending.push(entry)
        await rt.settle()
        for (const e of stray.splice(0)) {
          const [o, d] = classifyError(e)
          if (o !== 'asked') results.push({ ...current, outcome: 'uncaught', detail: d })
        }
      }
      rt.clock.advance(120_000) // results that wait on the clock (timeouts, durations) arrive
      await rt.settle()
      for (const { call, from, promise, sync } of pending) {
        let [outcome, detail] = sync ?? (promise ? await Promise.race([promise, rt.settle().then(() => ['no-result', 'the Promise never settled'] as [Outcome, string])]) : ['ok', ''])
        // A callback-less call (no Promise form, a task): its result is the trace's.
        if (!promise && outcome === 'ok' && SURFACE[api]?.form === 'async') {
          const callEntry = rt.trace.slice(from).find((t) => t.type === 'call' && (t as { api: string }).api === api) as { id: number } | undefined
          const res = callEntry && (rt.trace.slice(from).find((t) => t.type === 'result' && (t as { id: number }).id === callEntry.id) as { ok: boolean; result: unknown } | undefined)
          if (!res) [outcome, detail] = ['no-result', 'no result in the trace']
          else if (!res.ok) [outcome, detail] = wxShapedFail(res.result) ? ['fail', res.result.errMsg] : ['crash', JSON.stringify(res.result)]
        }
        results.push({ ...call, outcome, detail })
      }
      for (const e of stray.splice(0)) {
        const [o, d] = classifyError(e)
        if (o !== 'asked') results.push({ api, input: '(late)', kind: 'none', outcome: 'uncaught', detail: d })
      }
    }
  } finally {
    process.off('uncaughtException', onStray)
    process.off('unhandledRejection', onStray)
  }
  void current
  return results
}
