// rt.trace and rt.timeline(): every call, result, prompt, answer and state change, in order; the timeline is
// deterministic text, one line per event.
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'

/** The recovery flow of the seed, as an app runs it. */
async function recoveryRun() {
  const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'], user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
  await rt.wx.getSetting()
  await rt.wx.authorize({ scope: 'scope.userLocation' }).catch(() => undefined)
  await new Promise((resolve) => rt.wx.showModal({ title: '需要位置权限', success: () => rt.wx.openSetting({ complete: resolve }) }))
  await rt.wx.getLocation({ type: 'gcj02' })
  return rt
}

describe('rt.timeline()', () => {
  test('two identical runs give identical text, and identical traces (call ids count per runtime)', async () => {
    const a = await recoveryRun()
    const b = await recoveryRun()
    expect(b.timeline()).toBe(a.timeline())
    // The traces hold the app's callbacks (new functions each run): compare them as data.
    expect(JSON.stringify(b.trace)).toBe(JSON.stringify(a.trace))
  })

  test('one line per trace entry, numbered in order; with history: true the history of the scenario too', async () => {
    const rt = await recoveryRun()
    const full = rt.timeline({ history: true }).split('\n')
    expect(full).toHaveLength(rt.trace.length)
    full.forEach((line, i) => expect(line).toMatch(new RegExp(`^#${i + 1}\\s+\\S`)))
    // Folded: the 4 history entries are one line numbered #1-4, then one line per live entry.
    const folded = rt.timeline().split('\n')
    expect(folded).toHaveLength(rt.trace.length - 3)
    expect(folded[0]).toMatch(/^#1-4\s+history /)
    folded.slice(1).forEach((line, i) => expect(line).toMatch(new RegExp(`^#${i + 5}\\s+\\S`)))
  })

  test('reads as the story of the run: history, calls, prompts, answers, state changes, results', async () => {
    const rt = await recoveryRun()
    const text = rt.timeline().replace(/^#[\d-]+\s+/gm, '')
    expect(text).toBe(
      [
        'history scenario denied-once: scope.userLocation denied (4 entries; timeline({ history: true }) lists them)',
        'call    wx.getSetting()',
        'ok      wx.getSetting → getSetting:ok authSetting {"scope.userLocation":false,"scope.address":true,"scope.invoiceTitle":true,"scope.invoice":true,"scope.userInfo":true}',
        'call    wx.authorize({"scope":"scope.userLocation"})',
        'fail    wx.authorize → authorize:fail auth deny (errno 103)',
        'call    wx.showModal({"title":"需要位置权限","success":"[Function]"})',
        'prompt  modal',
        'answer  modal → "confirm" (standing)',
        'ok      wx.showModal → showModal:ok',
        'call    wx.openSetting({"complete":"[Function]"})',
        'event   onAppHide({})',
        'prompt  settings',
        'answer  settings → {"scope.userLocation":true} (standing)',
        'auth    scope.userLocation denied → granted (settings)',
        'event   onAppShow({})',
        'ok      wx.openSetting → openSetting:ok authSetting {"scope.userLocation":true,"scope.address":true,"scope.invoiceTitle":true,"scope.invoice":true,"scope.userInfo":true}',
        'call    wx.getLocation({"type":"gcj02"})',
        'ok      wx.getLocation → getLocation:ok',
      ].join('\n'),
    )
  })

  test('a multi-line text stays on one line (an exception message with newlines)', async () => {
    const rt = createRuntime({ callbackErrors: 'console' })
    const original = console.error
    console.error = () => undefined
    try {
      rt.wx.getSetting({
        success: () => {
          throw new Error('first line\nsecond line')
        },
      })
      await rt.settle()
    } finally {
      console.error = original
    }
    const lines = rt.timeline({ history: true }).split('\n')
    expect(lines).toHaveLength(rt.trace.length)
    expect(lines.some((l) => l.includes('first line\\nsecond line'))).toBe(true)
  })

  test('the trace records time from the runtime clock, not the wall clock', async () => {
    const rt = createRuntime()
    await rt.wx.getSetting()
    rt.clock.advance(1500)
    await rt.wx.getSetting()
    const calls = rt.trace.filter((e) => e.type === 'call')
    expect(calls[1]!.time - calls[0]!.time).toBe(1500)
    expect(calls[0]!.time).toBe(Date.UTC(2026, 0, 1))
  })

  test('an empty runtime renders its scenario line only', () => {
    expect(createRuntime({ scenario: 'first-time' }).timeline().split('\n')).toHaveLength(1)
  })
})
