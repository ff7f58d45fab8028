import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'
import { coreOf } from '../../../src/runtime/create-runtime.ts'
import { unsimulatedCall } from '../../../src/runtime/surface/unsimulated.ts'

// unsimulatedCall(core, name): what a capability calls for an unmodelled member of an object it returns
// (wx.cloud.database() and friends): a trace note, then warn once / throw / nothing per the runtime's policy.

afterEach(() => vi.restoreAllMocks())

describe('unsimulatedCall for members of returned objects', () => {
  test("'warn': a trace note per call, one console.warn per name per runtime", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const rt = createRuntime()
    unsimulatedCall(coreOf(rt), 'cloud.database')
    unsimulatedCall(coreOf(rt), 'cloud.database')
    unsimulatedCall(coreOf(rt), 'cloud.callFunction')
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]![0]).toMatch(/^fake-wx: wx\.cloud\.database is not simulated: it did nothing\./)
    expect(rt.trace.filter((e) => e.type === 'note' && e.text.startsWith('wx.cloud.database is not simulated'))).toHaveLength(2)
  })

  test("'error': throws a FakeWxError where it is called", () => {
    const rt = createRuntime({ unsimulatedApis: 'error' })
    expect(() => unsimulatedCall(coreOf(rt), 'cloud.database')).toThrow(FakeWxError)
  })

  test("'ok': nothing but the trace note", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const rt = createRuntime({ unsimulatedApis: 'ok' })
    unsimulatedCall(coreOf(rt), 'cloud.database')
    expect(warn).not.toHaveBeenCalled()
    expect(rt.timeline()).toContain('wx.cloud.database is not simulated: it did nothing')
  })
})
