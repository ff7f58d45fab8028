import { describe } from 'vitest'
import { expect, test } from '../../src/vitest.ts'
import { createRuntime, FakeWxError } from '../../src/index.ts'

// Issue 11, defect 5: the trace and the spies' records grew without limit, and a failing matcher printed the whole
// timeline (1.5 M characters after 20,000 calls). createRuntime({ traceLimit }) keeps the latest entries,
// rt.trace.clear() forgets them (with the spies' call records), and failure messages show the end of the timeline.

function failureOf(assertion: () => void): string {
  try {
    assertion()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the assertion passed')
}

describe('issue 11 defect 5: bounded memory', () => {
  test('traceLimit keeps the latest entries, numbered as they were, and counts the dropped ones', () => {
    const rt = createRuntime({ traceLimit: 100 })
    for (let i = 0; i < 5000; i++) rt.wx.setStorageSync('k', i)
    const last = rt.trace.at(-1)!.seq
    expect(last).toBeGreaterThanOrEqual(5000)
    expect(rt.trace).toHaveLength(100)
    expect(rt.trace.dropped).toBe(last - 100)
    expect(rt.trace[0]!.seq).toBe(last - 99)
    expect(rt.trace.at(-1)).toMatchObject({ type: 'call', api: 'setStorageSync', args: ['k', 4999] })
    expect(rt.timeline().split('\n')[0]).toBe(`… ${last - 100} earlier entries not kept (traceLimit or rt.trace.clear())`)
  })

  test('rt.trace.clear() forgets the entries and the spies’ call records; numbering goes on', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await rt.wx.getLocation({})
    const seen = rt.trace.length
    rt.trace.clear()
    expect(rt.trace).toEqual([])
    expect(rt.trace.dropped).toBe(seen)
    expect(rt.wx.getLocation).not.toHaveBeenCalled()
    await rt.wx.getLocation({})
    expect(rt.wx.getLocation).toHaveBeenCalledTimes(1)
    expect(rt.trace[0]).toMatchObject({ type: 'call', api: 'getLocation', seq: seen + 1 })
  })

  test('a matcher failing after 20,000 calls shows the last lines and how many it cut', () => {
    const rt = createRuntime()
    for (let i = 0; i < 20_000; i++) rt.wx.getStorageInfoSync()
    const message = failureOf(() => expect(rt).toHaveCalledWx('openSetting'))
    expect(message.length).toBeLessThan(10_000)
    expect(message).toMatch(/… 19941 earlier lines cut \(rt\.timeline\(\) has them all\)\n#19942 +call +wx\.getStorageInfoSync\(\)/)
    expect(message.trimEnd().endsWith('wx.getStorageInfoSync()')).toBe(true)
  })

  test('traceLimit must be a whole number ≥ 1', () => {
    expect(() => createRuntime({ traceLimit: 0 })).toThrow(FakeWxError)
    expect(() => createRuntime({ traceLimit: 2.5 })).toThrow(/traceLimit/)
  })
})
