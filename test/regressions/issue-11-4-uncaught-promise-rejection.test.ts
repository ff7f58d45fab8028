import { describe, expect, test, vi } from 'vitest'
import { createRuntime } from '../../src/index.ts'
import { nextMacrotask } from '../helpers/uncaught.ts'

// Issue 11, defect 4: a Promise-style wx call that fails with no .catch is "Uncaught (in promise)" on a phone
// (the base library's promisified APIs return plain Promises: research.md §1.6 [API-PROMISE]). Node reports it as
// an 'unhandledRejection', which fails a test run; the spy wrapper must not attach a handler of its own.

/** The reasons of the unhandled rejections raised while `run` and what it queued ran (the runner's own listeners set aside). */
async function unhandledDuring(run: () => unknown): Promise<unknown[]> {
  const reasons: unknown[] = []
  const runners = process.listeners('unhandledRejection')
  process.removeAllListeners('unhandledRejection')
  const listener = (reason: unknown) => void reasons.push(reason)
  process.on('unhandledRejection', listener)
  try {
    await run()
    await nextMacrotask()
    await nextMacrotask()
  } finally {
    process.off('unhandledRejection', listener)
    for (const l of runners) process.on('unhandledRejection', l)
  }
  return reasons
}

describe('issue 11 defect 4: a failing Promise-style call with no .catch is an unhandled rejection', () => {
  test('wx.getLocation({}) refused, never caught: one unhandledRejection with the fail result', async () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
    const reasons = await unhandledDuring(() => {
      void rt.wx.getLocation({ type: 'gcj02' }) // app code that forgot .catch
    })
    expect(reasons).toEqual([{ errMsg: 'getLocation:fail auth deny', errno: 103 }])
  })

  test('the same call with a .catch (or awaited in try) raises nothing', async () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
    const reasons = await unhandledDuring(async () => {
      rt.wx.getLocation({}).catch(() => undefined)
      try {
        await rt.wx.getLocation({})
      } catch {}
    })
    expect(reasons).toEqual([])
  })

  test('the spy still records how the call settled, for vitest matchers', async () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
    await expect.poll(() => vi.mocked(rt.wx.getLocation).mock.settledResults[0]?.type).toBe('rejected')
    expect(rt.wx.getLocation).toHaveBeenCalledTimes(1)
    expect(rt.wx.getSetting).not.toHaveBeenCalled()
  })
})
