import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.createVideoContext (api/media/video/VideoContext.html)', () => {
  test('play / pause drive the <video>: the position moves with the runtime clock while playing', () => {
    const rt = createRuntime()
    const video = rt.wx.createVideoContext('lesson')
    video.play()
    rt.clock.advance(4000)
    video.pause()
    rt.clock.advance(4000)
    expect(rt.players.video('lesson')).toMatchObject({ status: 'paused', position: 4 })
  })

  test('seek jumps; stop goes back to the start; playbackRate (0.5/0.8/1.0/1.25/1.5, 2.0 from 2.6.3) speeds it', () => {
    const rt = createRuntime()
    const video = rt.wx.createVideoContext('lesson')
    video.play()
    video.seek(30)
    video.playbackRate(1.5)
    rt.clock.advance(2000)
    expect(rt.players.video('lesson')!.position).toBe(33)
    video.playbackRate(3) // not a rate the player offers: ignored
    expect(rt.players.video('lesson')!.playbackRate).toBe(1.5)
    video.stop()
    expect(rt.players.video('lesson')).toMatchObject({ status: 'stopped', position: 0 })
  })

  test('with a known duration the position stops at the end', () => {
    const rt = createRuntime()
    rt.device.media.set('https://cdn.example.com/intro.mp4', { duration: 5 })
    const audio = rt.wx.createAudioContext('bgm')
    audio.setSrc('https://cdn.example.com/intro.mp4')
    audio.play()
    rt.clock.advance(60_000)
    expect(rt.players.audio('bgm')!.position).toBe(5)
  })

  test('requestFullScreen({ direction: 90 }), exitFullScreen, sendDanmu, hideStatusBar are recorded per <video> id', () => {
    const rt = createRuntime()
    const video = rt.wx.createVideoContext('live')
    video.requestFullScreen({ direction: 90 })
    video.sendDanmu({ text: '666', color: '#ff0000' })
    video.hideStatusBar()
    expect(rt.players.video('live')).toMatchObject({ fullScreen: 90, statusBar: false, danmu: [{ text: '666', color: '#ff0000' }] })
    video.exitFullScreen()
    expect(rt.players.video('live')!.fullScreen).toBe(false)
    expect(rt.players.video('other')).toBeUndefined()
  })
})

describe('wx.createAudioContext (legacy <audio>, api/media/audio/AudioContext.html)', () => {
  test('setSrc, play, pause, seek: recorded, state readable', () => {
    const rt = createRuntime()
    const audio = rt.wx.createAudioContext('myAudio')
    audio.setSrc('https://cdn.example.com/a.mp3')
    audio.play()
    rt.clock.advance(1500)
    audio.pause()
    audio.seek(10)
    expect(rt.players.audio('myAudio')).toMatchObject({ src: 'https://cdn.example.com/a.mp3', status: 'paused', position: 10 })
    expect(rt.players.audio('myAudio')!.calls).toEqual(['setSrc https://cdn.example.com/a.mp3', 'play', 'pause', 'seek 10'])
  })
})
