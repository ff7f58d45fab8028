import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'
import { describeScopeFlow, flush } from '../scope-flow.ts'

/** Every RecorderManager event, in order, as the app's listeners saw them. */
function listen(rt: Runtime) {
  const seen: [string, unknown][] = []
  const rm = rt.wx.getRecorderManager()
  rm.onStart((r) => seen.push(['start', r]))
  rm.onPause((r) => seen.push(['pause', r]))
  rm.onResume((r) => seen.push(['resume', r]))
  rm.onStop((r) => seen.push(['stop', r]))
  rm.onError((r) => seen.push(['error', r]))
  rm.onFrameRecorded((r) => seen.push(['frame', { bytes: r.frameBuffer.byteLength, isLastFrame: r.isLastFrame }]))
  return { rm, seen, names: () => seen.map(([name]) => name) }
}

describeScopeFlow('RecorderManager.start', {
  scopes: ['scope.record'],
  async use(rt) {
    const { rm, seen } = listen(rt)
    const returned = rm.start({ duration: 10_000 })
    expect(returned).toBeUndefined() // "start(option): void" — no callbacks, no Promise
    await flush(rt)
    return seen
  },
  works: (seen) => expect(seen).toEqual([['start', {}]]),
  // research.md §3.2: the refusal arrives through onError, "operateRecorder:fail auth deny" (M).
  refused: (seen) => expect(seen).toEqual([['error', { errMsg: 'operateRecorder:fail auth deny' }]]),
})

describe('RecorderManager', () => {
  test('wx.getRecorderManager() is "全局唯一": the same object every call, and no dialog until start', () => {
    const rt = createRuntime()
    expect(rt.wx.getRecorderManager()).toBe(rt.wx.getRecorderManager())
    expect(rt.prompts).toEqual([])
  })

  test('the refusal follows the dialect: "operateRecorder:fail:auth denied" with the legacy Android wording', async () => {
    const rt = createRuntime({ scenario: 'denied-once', dialect: { authDeny: ':auth denied' } })
    const { rm, seen } = listen(rt)
    rm.start({})
    await flush(rt)
    expect(seen).toEqual([['error', { errMsg: 'operateRecorder:fail:auth denied' }]])
  })

  test('stop → onStop({ tempFilePath, duration, fileSize }); duration follows the runtime clock', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm, seen } = listen(rt)
    rm.start({ format: 'mp3', sampleRate: 16000, encodeBitRate: 48000, numberOfChannels: 1 })
    await flush(rt)
    rt.clock.advance(2500)
    rm.stop()
    await flush(rt)
    expect(seen[1]).toEqual(['stop', { tempFilePath: expect.stringMatching(/\.mp3$/), duration: 2500, fileSize: 15000 }])
  })

  test('the recording stops by itself at `duration` (default 60000 ms)', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm, names, seen } = listen(rt)
    rm.start({})
    await flush(rt)
    rt.clock.advance(59_999)
    await flush(rt)
    expect(names()).toEqual(['start'])
    rt.clock.advance(1)
    await flush(rt)
    expect(seen[1]).toMatchObject(['stop', { duration: 60_000 }])
  })

  test('duration is capped at 600000 ms ("最大值 600000（10 分钟）")', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm, seen } = listen(rt)
    rm.start({ duration: 3_600_000 })
    await flush(rt)
    rt.clock.advance(3_600_000)
    await flush(rt)
    expect(seen[1]).toMatchObject(['stop', { duration: 600_000 }])
  })

  test('pause / resume: paused time does not count and does not bring the auto-stop closer', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm, names, seen } = listen(rt)
    rm.start({ duration: 10_000 })
    await flush(rt)
    rt.clock.advance(4000)
    rm.pause()
    rt.clock.advance(30_000)
    rm.resume()
    rt.clock.advance(5999)
    await flush(rt)
    expect(names()).toEqual(['start', 'pause', 'resume'])
    rt.clock.advance(1)
    await flush(rt)
    expect(seen[3]).toMatchObject(['stop', { duration: 10_000 }])
  })

  test('a wav file is the raw 16-bit samples plus its 44-byte header', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm, seen } = listen(rt)
    rm.start({ format: 'wav', sampleRate: 8000, encodeBitRate: 16000, numberOfChannels: 1 })
    await flush(rt)
    rt.clock.advance(1000)
    rm.stop()
    await flush(rt)
    expect(seen[1]).toMatchObject(['stop', { fileSize: 16_044, tempFilePath: expect.stringMatching(/\.wav$/) }])
  })

  test('onFrameRecorded: one frame per frameSize KB of mp3, then the last frame before onStop', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm, seen } = listen(rt)
    // 16000 Hz, 32 kbit/s mp3 = 4 bytes/ms; a 4 KB frame every 1024 ms.
    rm.start({ format: 'mp3', sampleRate: 16000, encodeBitRate: 32000, frameSize: 4 })
    await flush(rt)
    rt.clock.advance(2500)
    rm.stop()
    await flush(rt)
    expect(seen).toEqual([
      ['start', {}],
      ['frame', { bytes: 4096, isLastFrame: false }],
      ['frame', { bytes: 4096, isLastFrame: false }],
      ['frame', { bytes: 10_000 - 8192, isLastFrame: true }],
      ['stop', expect.objectContaining({ duration: 2500, fileSize: 10_000 })],
    ])
  })

  test('frameSize is ignored for aac ("暂仅支持 mp3、pcm 格式")', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm, names } = listen(rt)
    rm.start({ format: 'aac', frameSize: 1 })
    await flush(rt)
    rt.clock.advance(5000)
    rm.stop()
    await flush(rt)
    expect(names()).toEqual(['start', 'stop'])
  })

  test.each<[WechatMiniprogram.RecorderManagerStartOption]>([
    [{ sampleRate: 8000, encodeBitRate: 64000 }],
    [{ sampleRate: 44100, encodeBitRate: 48000 }],
    [{ sampleRate: 12345 as 8000 }],
    [{ numberOfChannels: 3 as 1 }],
  ])('an invalid sampleRate / encodeBitRate / channel setting %j fails through onError, with no dialog', async (options) => {
    const rt = createRuntime()
    const { rm, seen } = listen(rt)
    rm.start(options)
    await flush(rt)
    expect(seen).toEqual([['error', { errMsg: 'operateRecorder:fail:start record fail' }]])
    expect(rt.prompts).toEqual([])
  })

  test('start while recording fails through onError (Android: "audio is recording, don\'t start record again")', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'android' })
    const { rm, seen } = listen(rt)
    rm.start({})
    await flush(rt)
    rm.start({})
    await flush(rt)
    expect(seen[1]).toEqual(['error', { errMsg: "operateRecorder:fail:audio is recording, don't start record again" }])
  })

  test('stop with nothing recording fails through onError ("recorder not start"; Android "audio is stop …")', async () => {
    const ios = createRuntime()
    const a = listen(ios)
    a.rm.stop()
    await flush(ios)
    expect(a.seen).toEqual([['error', { errMsg: 'operateRecorder:fail recorder not start' }]])
    const android = createRuntime({ platform: 'android' })
    const b = listen(android)
    b.rm.stop()
    await flush(android)
    expect(b.seen).toEqual([['error', { errMsg: "operateRecorder:fail:audio is stop, don't stop record again" }]])
  })

  test('pause while not recording and resume while recording fail through onError', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm, seen } = listen(rt)
    rm.pause()
    rm.resume()
    rm.start({})
    await flush(rt)
    rm.resume()
    await flush(rt)
    expect(seen).toEqual([
      ['error', { errMsg: 'operateRecorder:fail not recording' }],
      ['error', { errMsg: 'operateRecorder:fail resume record fail' }],
      ['start', {}],
      ['error', { errMsg: 'operateRecorder:fail not paused' }],
    ])
  })

  test('registering a listener again replaces the previous one (single-slot listeners)', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const rm = rt.wx.getRecorderManager()
    const calls: string[] = []
    rm.onStart(() => calls.push('first'))
    rm.onStart(() => calls.push('second'))
    rm.start({})
    await flush(rt)
    expect(calls).toEqual(['second'])
  })

  test('the timeline names the manager’s calls and events', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const { rm } = listen(rt)
    rm.start({})
    await flush(rt)
    expect(rt.timeline()).toMatch(/call +RecorderManager\.start\(\{\}\)[\s\S]*event +RecorderManager\.onStart/)
  })
})
