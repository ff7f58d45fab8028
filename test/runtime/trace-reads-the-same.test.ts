import { expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'
import { SharedEntry, Trace } from '../../src/runtime/trace/trace.ts'

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

/** The recovery flow: a refusal, the modal, the settings page (app hidden and shown, the scope turned on). */
const recovery = async (rt: ReturnType<typeof createRuntime>) => {
  await rt.wx.getSetting({})
  await rt.wx.authorize({ scope: 'scope.userLocation' }).catch(() => undefined)
  await new Promise((resolve) => rt.wx.showModal({ title: 't', content: 'c', success: () => rt.wx.openSetting({ complete: resolve }) }))
}
const OPTIONS = { scenario: 'denied-once', scopes: ['scope.userLocation'], user: { modal: 'confirm', settings: { 'scope.userLocation': true } } } as const

test('entries alike in every runtime (scenario history, auth changes, app hide/show) read as objects of their own, as recorded', async () => {
  // trace.ts SharedEntry: made once per process, kept as one slot until read (issue 14).
  const late = createRuntime(OPTIONS)
  await recovery(late)
  const other = createRuntime(OPTIONS)
  await recovery(other)
  const early = createRuntime(OPTIONS)
  const held = early.trace // from here on, entries are recorded as objects
  await recovery(early)
  expect(late.trace.map((e) => Object.keys(e).join())).toEqual(held.map((e) => Object.keys(e).join()))
  expect(JSON.parse(JSON.stringify(late.trace))).toEqual(JSON.parse(JSON.stringify(held)))
  expect(late.trace.slice(0, 4)).toEqual([
    { type: 'note', text: 'scenario denied-once: asked once and refused: later calls fail at once, with no dialog', history: true, seq: 1, time: late.clock.now() },
    { type: 'prompt', id: -1, kind: 'authorize', scope: 'scope.userLocation', history: true, seq: 2, time: late.clock.now() },
    { type: 'answer', id: -1, kind: 'authorize', scope: 'scope.userLocation', answer: 'deny', by: 'scenario', history: true, seq: 3, time: late.clock.now() },
    { type: 'auth', scope: 'scope.userLocation', from: 'undetermined', to: 'denied', cause: 'dialog', history: true, seq: 4, time: late.clock.now() },
  ])
  const kinds = (trace: typeof held) => trace.filter((e) => e.type === 'auth' || e.type === 'event').map((e) => [e.type, e.seq])
  expect(kinds(late.trace)).toEqual(kinds(held))
  expect(kinds(late.trace)).toEqual([['auth', 4], ['event', 14], ['auth', 17], ['event', 18]])
  // Each runtime's entries are its own objects: a test that changes one changes no other runtime's.
  for (let i = 0; i < late.trace.length; i++) expect(late.trace[i]).not.toBe(other.trace[i])
  ;(late.trace[3] as { to: string }).to = 'granted'
  expect(other.trace[3]).toMatchObject({ to: 'denied' })
  expect(Object.isFrozen(other.trace[13])).toBe(false)
})

test('a shared entry heard by a listener is an entry object of its own, as rt.trace then holds it', () => {
  const trace = new Trace(() => 7)
  const shared = new SharedEntry((seq, time) => ({ type: 'note', text: 'n', seq, time }))
  trace.recordShared(shared) // compact: one slot
  const heard: unknown[] = []
  trace.subscribe((e) => heard.push(e))
  trace.recordShared(shared)
  expect(trace.entries).toEqual([
    { type: 'note', text: 'n', seq: 1, time: 7 },
    { type: 'note', text: 'n', seq: 2, time: 7 },
  ])
  expect(heard).toEqual([trace.entries[1]])
  expect(heard[0]).toBe(trace.entries[1])
  expect(trace.entries[0]).not.toBe(trace.entries[1])
})
