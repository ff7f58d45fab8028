// Determinism (issue 11): the same scenario and the same script give a byte-identical trace and timeline, run after
// run in one process and in a fresh process — no real time, no unseeded randomness, no process-wide counters.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { recordFlow } from './flow.ts'

describe('same scenario and script ⇒ the same trace', () => {
  test.each([0, 1, 2, 3])('variant %i: three runs in this process leave byte-identical traces, timelines, auth and storage', async (variant) => {
    const runs = [await recordFlow(variant), await recordFlow(variant), await recordFlow(variant)]
    expect(runs[1]).toEqual(runs[0])
    expect(runs[2]).toEqual(runs[0])
    expect(runs[0]!.trace.length).toBeGreaterThan(1000) // the flow did something worth comparing
  })

  test('variants differ (the comparison can fail)', async () => {
    expect((await recordFlow(0)).trace).not.toBe((await recordFlow(1)).trace)
  })

  test('a fresh Node process leaves the same bytes as this one', async () => {
    const script = fileURLToPath(new URL('./print-flow.ts', import.meta.url))
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))
    const here = await recordFlow(3)
    const there = JSON.parse(execFileSync(tsx, [script, '3'], { encoding: 'utf8', env: { ...process.env, TZ: 'America/New_York' } })) as unknown
    expect(there).toEqual(here)
  }, 60_000)
})
