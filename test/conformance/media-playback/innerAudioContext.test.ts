import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

const SONG = 'https://cdn.example.com/song.mp3'

/** A page's audio logic as app code writes it: one InnerAudioContext, the UI state kept from its events. */
function audioPage(rt: Runtime) {
  const data = { playing: false, position: 0, duration: 0, log: [] as string[], error: undefined as unknown }
  const audio = rt.wx.createInnerAudioContext()
  audio.onCanplay(() => data.log.push('canplay'))
  audio.onPlay(() => (data.log.push('play'), (data.playing = true)))
  audio.onPause(() => (data.log.push('pause'), (data.playing = false)))
  audio.onStop(() => (data.log.push('stop'), (data.playing = false)))
  audio.onEnded(() => (data.log.push('ended'), (data.playing = false)))
  audio.onTimeUpdate(() => {
    data.position = audio.currentTime
    data.duration = audio.duration
  })
  audio.onError((res) => (data.log.push('error'), (data.error = res)))
  return { audio, data }
}

const runtime = () => {
  const rt = createRuntime()
  rt.device.media.set(SONG, { duration: 12.5 })
  return rt
}

describe('wx.createInnerAudioContext (api/media/audio/InnerAudioContext.html)', () => {
  test('a src the phone can play fires onCanplay; duration comes from the audio', async () => {
    const rt = runtime()
    const { audio, data } = audioPage(rt)
    audio.src = SONG
    await rt.settle()
    expect(data.log).toEqual(['canplay'])
    expect([audio.duration, audio.currentTime, audio.paused]).toEqual([12.5, 0, true])
  })

  test('playing moves currentTime with the runtime clock and fires onTimeUpdate', async () => {
    const rt = runtime()
    const { audio, data } = audioPage(rt)
    audio.src = SONG
    audio.play()
    rt.clock.advance(3000)
    await rt.settle()
    expect(data).toMatchObject({ playing: true, position: 3, duration: 12.5 })
    expect(audio.paused).toBe(false)
  })

  test('onEnded when it plays to the end ("音频自然播放至结束"); paused afterwards', async () => {
    const rt = runtime()
    const { audio, data } = audioPage(rt)
    audio.src = SONG
    audio.play()
    rt.clock.advance(13_000)
    await rt.settle()
    expect(data.log).toEqual(['canplay', 'play', 'ended'])
    expect(audio.paused).toBe(true)
  })

  test('pause keeps the position ("从暂停处开始播放"); stop starts over ("从头开始播放")', async () => {
    const rt = runtime()
    const { audio, data } = audioPage(rt)
    audio.src = SONG
    audio.play()
    rt.clock.advance(2000)
    audio.pause()
    rt.clock.advance(5000)
    expect(audio.currentTime).toBe(2)
    audio.play()
    rt.clock.advance(1000)
    expect(audio.currentTime).toBe(3)
    audio.stop()
    expect(audio.currentTime).toBe(0)
    await rt.settle()
    expect(data.log).toEqual(['canplay', 'play', 'pause', 'play', 'stop'])
  })

  test('seek jumps (onSeeking, onSeeked); startTime is where the first play begins; playbackRate speeds time', async () => {
    const rt = runtime()
    const { audio } = audioPage(rt)
    const seen: string[] = []
    audio.onSeeking(() => seen.push('seeking'))
    audio.onSeeked(() => seen.push('seeked'))
    audio.src = SONG
    audio.startTime = 4
    audio.playbackRate = 2
    audio.play()
    rt.clock.advance(1000)
    expect(audio.currentTime).toBe(6)
    audio.seek(10)
    rt.clock.advance(500)
    expect(audio.currentTime).toBe(11)
    await rt.settle()
    expect(seen).toEqual(['seeking', 'seeked'])
  })

  test('loop plays again from the start without onEnded', async () => {
    const rt = runtime()
    const { audio, data } = audioPage(rt)
    audio.src = SONG
    audio.loop = true
    audio.play()
    rt.clock.advance(14_000)
    await rt.settle()
    expect(data.log).not.toContain('ended')
    expect(audio.currentTime).toBeCloseTo(1.5, 6)
  })

  test('autoplay starts once the audio can play', async () => {
    const rt = runtime()
    const { audio, data } = audioPage(rt)
    audio.autoplay = true
    audio.src = SONG
    await rt.settle()
    expect(data.log).toEqual(['canplay', 'play'])
  })

  test('an address the phone cannot reach: onError errCode 10002 (网络错误); a missing local file: 10003 (文件错误)', async () => {
    const rt = runtime()
    const a = audioPage(rt)
    a.audio.src = 'https://cdn.example.com/missing.mp3'
    const b = audioPage(rt)
    b.audio.src = `${rt.wx.env.USER_DATA_PATH}/none.mp3`
    await rt.settle()
    expect(a.data.error).toMatchObject({ errCode: 10002 })
    expect(b.data.error).toMatchObject({ errCode: 10003 })
    expect(a.audio.duration).toBe(0)
  })

  test('a fixture with a format error: onError errCode 10004 (格式错误)', async () => {
    const rt = runtime()
    rt.device.media.set('https://cdn.example.com/bad.wma', { error: 10004 })
    const { audio, data } = audioPage(rt)
    audio.src = 'https://cdn.example.com/bad.wma'
    await rt.settle()
    expect(data.error).toMatchObject({ errCode: 10004 })
  })

  test('offTimeUpdate stops a listener; destroy ends playback and its events', async () => {
    const rt = runtime()
    const audio = rt.wx.createInnerAudioContext()
    let updates = 0
    const onUpdate = () => updates++
    audio.onTimeUpdate(onUpdate)
    audio.src = SONG
    audio.play()
    rt.clock.advance(1000)
    await rt.settle()
    expect(updates).toBe(4)
    audio.offTimeUpdate(onUpdate)
    rt.clock.advance(1000)
    await rt.settle()
    expect(updates).toBe(4)
    audio.destroy()
    rt.clock.advance(20_000)
    expect(audio.currentTime).toBe(2)
  })
})

describe('wx.setInnerAudioOption (api/media/audio/wx.setInnerAudioOption.html)', () => {
  test('answers setInnerAudioOption:ok; a wrong type is a parameter error', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setInnerAudioOption({ obeyMuteSwitch: false })).resolves.toEqual({ errMsg: 'setInnerAudioOption:ok' })
    await expect(rt.wx.setInnerAudioOption({ mixWithOther: 'no' as unknown as boolean })).rejects.toMatchObject({
      errMsg: 'setInnerAudioOption:fail parameter error: parameter.mixWithOther should be Boolean instead of String;',
    })
  })
})
