import { expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'
import { Trace } from '../../src/runtime/trace/trace.ts'

/**
 * A wx call's call/result pair is kept compact until the trace is read (trace/trace.ts CallPair, issue 14): whenever
 * and however it is read, rt.trace must be what recording the two entries as objects gives.
 */
const flow = async (rt: ReturnType<typeof createRuntime>) => {
  await rt.wx.getSetting({})
  await rt.wx.getLocation({ type: 'gcj02' }).catch(() => undefined)
  rt.clock.advance(1000)
  await new Promise((resolve) => rt.wx.getSetting({ withSubscriptions: false, complete: resolve }))
}

test('read after the calls or between them, the trace reads the same, entry for entry', async () => {
  const late = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
  await flow(late)
  const early = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
  const held = early.trace // read first: the calls are recorded as entry objects from then on
  await flow(early)
  expect(JSON.parse(JSON.stringify(late.trace))).toEqual(JSON.parse(JSON.stringify(held)))
  expect(late.trace.map((e) => Object.keys(e).join())).toEqual(held.map((e) => Object.keys(e).join()))
  expect(late.trace.find((e) => e.type === 'result' && e.api === 'getSetting')).toMatchObject({ ok: true, result: { errMsg: 'getSetting:ok' } })
  expect(late.trace[0]).toBe(late.trace[0]) // made once, then kept
  expect(late.timeline()).toBe(early.timeline())
})

test('a call pending when the trace is first read gets its result entry after it', async () => {
  const rt = createRuntime({ scenario: 'first-time', scopes: ['scope.userLocation'] })
  const call = rt.wx.getLocation({})
  call.catch(() => undefined)
  const held = rt.trace
  expect(held.at(-1)).toMatchObject({ type: 'call', api: 'getLocation' })
  rt.user.answer({ authorize: 'deny' })
  await call.catch(() => undefined)
  expect(held.filter((e) => e.type === 'result' && e.api === 'getLocation')).toHaveLength(1)
  expect(held.map((e) => e.seq)).toEqual(held.map((_, i) => i + 1))
})

test('clear() with a call pending, and a traceLimit, number and drop the compact pairs as entries', async () => {
  const rt = createRuntime({ scenario: 'granted' })
  const call = rt.wx.getSetting({})
  const before = rt.trace.length
  rt.trace.clear()
  await call
  expect(rt.trace.map((e) => [e.type, e.seq])).toEqual([['result', before + 1]])
  expect(rt.trace.dropped).toBe(before)
  const limited = createRuntime({ scenario: 'granted', traceLimit: 3 })
  for (let i = 0; i < 40; i++) await limited.wx.getSetting({})
  expect(limited.trace.map((e) => e.type)).toEqual(['result', 'call', 'result'])
  expect(limited.trace.at(-1)!.seq).toBe(limited.trace.dropped + 3)
})

test('a listener gets the entry objects rt.trace then holds', () => {
  let now = 5
  const trace = new Trace(() => now)
  const pair = trace.recordCall(1, 'getSetting', {})
  const heard: unknown[] = []
  trace.subscribe((e) => heard.push(e))
  now = 6
  trace.recordResult(pair, 1, 'getSetting', true, { errMsg: 'getSetting:ok' })
  expect(trace.entries).toEqual([
    { type: 'call', id: 1, api: 'getSetting', args: {}, seq: 1, time: 5 },
    { type: 'result', id: 1, api: 'getSetting', ok: true, result: { errMsg: 'getSetting:ok' }, seq: 2, time: 6 },
  ])
  expect(heard).toEqual([trace.entries[1]])
  expect(heard[0]).toBe(trace.entries[1])
})
