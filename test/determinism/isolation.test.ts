// Isolation (issue 11): many runtimes side by side, and flows running concurrently on them, share nothing — each
// runtime's trace, authorization and storage are what the same flow leaves when it runs alone.
import { describe, expect, test } from 'vitest'
import { flow, makeRuntime, recordFlow, snapshot } from './flow.ts'

const N = 60

describe('runtimes side by side share nothing', () => {
  test(`${N} runtimes running the flow concurrently each end exactly as the flow alone would`, async () => {
    const alone = await Promise.all([0, 1, 2, 3, 4, 5].map((v) => recordFlow(v)))
    const rts = Array.from({ length: N }, (_, i) => makeRuntime(i % 6))
    await Promise.all(rts.map((rt, i) => flow(rt, i % 6)))
    rts.forEach((rt, i) => expect(snapshot(rt), `runtime ${i}`).toEqual(alone[i % 6]))
  })

  test('a change in one runtime (auth, storage, clock, answers, deletion) is seen by no other', async () => {
    const [a, b] = [makeRuntime(0), makeRuntime(0)]
    a.auth.set('scope.camera', 'denied')
    a.wx.setStorageSync('only', 'a')
    a.clock.advance(60_000)
    a.user.answer({ authorize: 'deny' })
    a.user.deleteMiniProgram()
    expect(b.auth.get('scope.camera')).toBe('undetermined')
    expect(b.wx.getStorageSync('only')).toBe('')
    expect(b.clock.now()).not.toBe(a.clock.now())
    await expect(b.wx.authorize({ scope: 'scope.record' })).resolves.toMatchObject({ errMsg: 'authorize:ok' })
    expect(a.trace.length).not.toBe(b.trace.length)
  })

  // Issue 11 defect 1: codes are unique per runtime (each runtime takes its own number per appid/openid).
  test('defect 1: two runtimes with the same appid get different login codes', async () => {
    const [a, b] = [makeRuntime(0), makeRuntime(0)]
    const [ca, cb] = await Promise.all([a.wx.login(), b.wx.login()])
    expect(ca.code).not.toBe(cb.code)
  })
})
