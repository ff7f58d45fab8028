// The bad-input sweep over every method of rt.wx (issue 11; test/sweep/bad-input.ts makes the calls). The client's
// rules it holds the runtime to: bad input gets a wx-shaped fail (research.md §2.4 parameter error) or, for Sync forms,
// the thrown AppServiceSdkKnownError; never an uncaught exception, never a hang, never a success for a type error; a
// getter that throws throws out of the call (the base library destructures options at once, research.md §1.6).
import { beforeAll, describe, expect, test } from 'vitest'
import { sweep, type SweptCall } from './bad-input.ts'

/** Options the base library coerces instead of checking: any `type` but 'gcj02' is wgs84 (research.md §3.1 [BASELIB-RE], M). */
const COERCED: Readonly<Record<string, readonly string[]>> = { getLocation: ['type'] }
const coerced = (c: SweptCall) => (COERCED[c.api] ?? []).some((key) => c.input.startsWith(`({ ${key}:`))

let calls: SweptCall[] = []
beforeAll(async () => {
  calls = await sweep()
}, 120_000)
const show = (cs: SweptCall[]) => cs.slice(0, 20).map((c) => `wx.${c.api}${c.input} → ${c.outcome}: ${c.detail.slice(0, 160)}`)

describe('every method of rt.wx under bad input', () => {
  test('the sweep reaches every method with every kind of bad input', () => {
    expect(new Set(calls.map((c) => c.api)).size).toBeGreaterThan(450)
    expect(new Set(calls.map((c) => c.kind))).toEqual(new Set(['none', 'null', 'type-error', 'getter', 'huge-string', 'positional']))
    if (process.env.FAKE_WX_SWEEP_REPORT) {
      const by: Record<string, number> = {}
      for (const c of calls) by[`${c.kind} → ${c.outcome}`] = (by[`${c.kind} → ${c.outcome}`] ?? 0) + 1
      console.log(`bad-input sweep: ${calls.length} calls over ${new Set(calls.map((c) => c.api)).size} methods`, by)
    }
  })

  test('never an uncaught exception, a crash (TypeError …) or a call that never delivers', () => {
    expect(show(calls.filter((c) => c.outcome === 'uncaught' || c.outcome === 'crash' || c.outcome === 'no-result'))).toEqual([])
  })

  test('never a success for a type error: a wrong options object or a wrong option type fails (or throws for Sync forms)', () => {
    expect(show(calls.filter((c) => c.kind === 'type-error' && c.outcome === 'ok' && !coerced(c)))).toEqual([])
  })

  test('a type error fails the client\'s way: `<api>:fail parameter error: …` or a Sync form\'s APP-SERVICE-SDK throw', () => {
    const refused = calls.filter((c) => c.kind === 'type-error' && (c.outcome === 'fail' || c.outcome === 'client-throw'))
    expect(refused.length).toBeGreaterThan(1000)
    expect(show(refused.filter((c) => !/:fail /.test(c.detail)))).toEqual([])
  })

  test('a throwing getter in an asynchronous call\'s options throws out of the call itself, for every async API', () => {
    const asyncGetters = calls.filter((c) => c.kind === 'getter' && c.outcome !== 'client-throw')
    expect(show(asyncGetters.filter((c) => c.outcome !== 'getter-throw' && c.outcome !== 'ok'))).toEqual([])
    expect(asyncGetters.filter((c) => c.outcome === 'getter-throw').length).toBeGreaterThan(250)
  })
})
