// https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.createVideoContext.html
// The <video> component's VideoContext (doc and typings, H): play, pause, stop, seek(position s), playbackRate(rate)
// ("倍率，支持 0.5/0.8/1.0/1.25/1.5，2.6.3 起支持 2.0 倍速"), requestFullScreen({ direction: 0 | 90 | -90 }),
// exitFullScreen, sendDanmu({ text, color }), showStatusBar / hideStatusBar ("仅在 iOS 全屏下有效"), picture-in-picture
// and background playback. No callbacks or results. The state is per <video> id: `rt.players.video(id)`.
import type { RuntimeCore } from '../../core.ts'
import { defineSyncApi } from '../../facade/define-api.ts'
import { traceCall } from '../../facade/invoke.ts'
import { compareVersion } from '../../versions/compare-version.ts'
import { player, setStatus } from './player-state.ts'

const RATES = [0.5, 0.8, 1.0, 1.25, 1.5]

function videoContext(core: RuntimeCore, id: string): WechatMiniprogram.VideoContext {
  const p = player(core, 'video', id)
  const s = p.snapshot
  const call =
    <A extends unknown[]>(name: string, fn: (...args: A) => void) =>
    (...args: A) => {
      traceCall(core, `VideoContext.${name}`, args[0])
      p.calls.push(args.length ? `${name} ${JSON.stringify(args[0])}` : name)
      fn(...args)
    }
  const ctx = {
    play: call('play', () => setStatus(core, p, 'playing')),
    pause: call('pause', () => s.status === 'playing' && setStatus(core, p, 'paused')),
    // stop: back to the start, not playing (M).
    stop: call('stop', () => setStatus(core, p, 'stopped', 0)),
    seek: call('seek', (position: number) => setStatus(core, p, s.status, Math.max(0, Number(position) || 0))),
    playbackRate: call('playbackRate', (rate: number) => {
      const allowed = compareVersion(core.device.SDKVersion, '2.6.3') >= 0 ? [...RATES, 2.0] : RATES
      if (!allowed.includes(rate)) return // a rate outside the list is not applied (M)
      setStatus(core, p, s.status)
      s.playbackRate = rate
      if (s.status === 'playing') setStatus(core, p, 'playing')
    }),
    requestFullScreen: call('requestFullScreen', (o?: { direction?: 0 | 90 | -90 }) => {
      s.fullScreen = o?.direction === 90 || o?.direction === -90 ? o.direction : 0
    }),
    exitFullScreen: call('exitFullScreen', () => (s.fullScreen = false)),
    sendDanmu: call('sendDanmu', (d: { text: string; color?: string }) => {
      s.danmu.push({ text: String(d?.text ?? ''), ...(d?.color !== undefined ? { color: d.color } : {}), at: core.clock.now() })
    }),
    showStatusBar: call('showStatusBar', () => (s.statusBar = true)),
    hideStatusBar: call('hideStatusBar', () => (s.statusBar = false)),
    requestPictureInPicture: call('requestPictureInPicture', () => (s.pictureInPicture = true)),
    exitPictureInPicture: call('exitPictureInPicture', () => (s.pictureInPicture = false)),
    requestBackgroundPlayback: call('requestBackgroundPlayback', () => (s.backgroundPlayback = true)),
    exitBackgroundPlayback: call('exitBackgroundPlayback', () => (s.backgroundPlayback = false)),
  }
  return ctx as unknown as WechatMiniprogram.VideoContext
}

export const createVideoContext = defineSyncApi({
  name: 'createVideoContext',
  run: (ctx, id) => videoContext(ctx, String(id)),
})
