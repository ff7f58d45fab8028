import { describe, expect, test } from 'vitest'
import { createRuntime, type FakeWx } from '../../../src/index.ts'

// wx.reportEvent.html (2.14.4), wx.reportAnalytics.html, wx.reportMonitor.html (2.0.1), wx.reportPerformance.html (2.9.2):
// void, fire-and-forget (typings, H).

/** An app's tracking helper. */
function trackPurchase(wx: FakeWx, sku: string, price: number): void {
  wx.reportEvent('purchase', { sku, price })
  wx.reportMonitor('pay_success', 1)
}

describe('the data-analysis reports', () => {
  test('reportEvent and reportMonitor return nothing and are recorded in order, readable as rt.reports', () => {
    const rt = createRuntime()
    trackPurchase(rt.wx, 'A-1', 990)
    expect(rt.reports).toEqual([
      { api: 'reportEvent', name: 'purchase', value: { sku: 'A-1', price: 990 }, at: rt.clock.now() },
      { api: 'reportMonitor', name: 'pay_success', value: 1, at: rt.clock.now() },
    ])
  })

  test('what is reported is a copy: changing the object afterwards does not change the report', () => {
    const rt = createRuntime()
    const data = { step: 1 }
    expect(rt.wx.reportAnalytics('funnel', data)).toBeUndefined()
    data.step = 2
    expect(rt.reports[0]).toMatchObject({ api: 'reportAnalytics', name: 'funnel', value: { step: 1 } })
  })

  test('reportPerformance keeps its dimensions; the time is the runtime clock\'s', () => {
    const rt = createRuntime()
    rt.clock.advance(1500)
    rt.wx.reportPerformance(1101, 680, 'custom')
    expect(rt.reports).toEqual([{ api: 'reportPerformance', name: 1101, value: 680, dimensions: 'custom', at: rt.clock.now() }])
  })

  test('each report is in the trace as a call', () => {
    const rt = createRuntime()
    rt.wx.reportEvent('open', {})
    expect(rt.trace).toContainEqual(expect.objectContaining({ type: 'call', api: 'reportEvent' }))
  })

  test('reportEvent needs base library 2.14.4', () => {
    const wx = createRuntime({ SDKVersion: '2.14.3' }).wx as unknown as Record<string, unknown>
    expect(wx.reportEvent).toBeUndefined()
    expect(typeof wx.reportMonitor).toBe('function')
  })
})
