import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { describeScopeFlow, flush } from '../scope-flow.ts'

type Seen = { errMsg: string; tempFilePath?: string; errno?: number }
const settled = (p: Promise<unknown>) => p.then((r) => r as Seen, (e) => e as Seen)

describeScopeFlow('wx.startRecord', {
  scopes: ['scope.record'],
  async use(rt) {
    const result = settled(rt.wx.startRecord())
    await flush(rt)
    rt.clock.advance(3000)
    rt.wx.stopRecord()
    return result
  },
  works: (seen) => expect(seen).toEqual({ errMsg: 'startRecord:ok', tempFilePath: expect.stringMatching(/^wxfile:\/\/tmp_[0-9a-f]{32}\.silk$/) }),
  refused: (seen) => expect(seen).toEqual({ errMsg: 'startRecord:fail auth deny', errno: 103 }),
})

describe('wx.startRecord / wx.stopRecord (deprecated since 1.6.0)', () => {
  test('success arrives only when the recording ends: wx.stopRecord', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    let done: Seen | undefined
    rt.wx.startRecord({ success: (r) => (done = r) })
    await flush(rt)
    expect(done).toBeUndefined()
    await expect(rt.wx.stopRecord()).resolves.toEqual({ errMsg: 'stopRecord:ok' })
    await flush(rt)
    expect(done?.errMsg).toBe('startRecord:ok')
  })

  test('"录音超过1分钟时自动结束录音": the recording ends by itself after 60 s of virtual time', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const result = rt.wx.startRecord()
    await flush(rt)
    rt.clock.advance(59_999)
    let ended = false
    void result.then(() => (ended = true))
    await flush(rt)
    expect(ended).toBe(false)
    rt.clock.advance(1)
    await expect(result).resolves.toMatchObject({ errMsg: 'startRecord:ok' })
  })

  test('wx.stopRecord with nothing recording still succeeds', async () => {
    const rt = createRuntime()
    await expect(rt.wx.stopRecord()).resolves.toEqual({ errMsg: 'stopRecord:ok' })
  })

  test('a second wx.startRecord ends the first, which gets its own file', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const first = rt.wx.startRecord()
    await flush(rt)
    const second = rt.wx.startRecord()
    await flush(rt)
    rt.wx.stopRecord()
    const [a, b] = await Promise.all([first, second])
    expect(a.tempFilePath).not.toBe(b.tempFilePath)
  })

  test('DevTools paths look like http://tmp/…', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'devtools' })
    const result = rt.wx.startRecord()
    await flush(rt)
    rt.wx.stopRecord()
    expect((await result).tempFilePath).toMatch(/^http:\/\/tmp\/tmp_[0-9a-f]+\.silk$/)
  })
})
