// https://developers.weixin.qq.com/miniprogram/dev/api/media/audio/wx.createAudioContext.html
// The legacy <audio> component's AudioContext ("从基础库 1.6.0 开始，本接口停止维护，请使用 wx.createInnerAudioContext 代替",
// doc, H): setSrc(src), play(), pause(), seek(position in s). No callbacks, no return values (typings, H). The state
// is per <audio> id: `rt.players.audio(id)`.
import type { RuntimeCore } from '../../core.ts'
import { defineSyncApi } from '../../facade/define-api.ts'
import { traceCall } from '../../facade/invoke.ts'
import { player, setStatus } from './player-state.ts'

function audioContext(core: RuntimeCore, id: string): WechatMiniprogram.AudioContext {
  const p = player(core, 'audio', id)
  const call = (name: string, args: unknown, fn: () => void) => {
    traceCall(core, `AudioContext.${name}`, args)
    p.calls.push(args === undefined ? name : `${name} ${String(args)}`)
    fn()
  }
  return {
    setSrc: (src) =>
      call('setSrc', src, () => {
        p.snapshot.src = String(src)
        setStatus(core, p, 'idle', 0)
      }),
    play: () => call('play', undefined, () => setStatus(core, p, 'playing')),
    pause: () => call('pause', undefined, () => p.snapshot.status === 'playing' && setStatus(core, p, 'paused')),
    seek: (position) => call('seek', position, () => setStatus(core, p, p.snapshot.status, Math.max(0, Number(position) || 0))),
  }
}

export const createAudioContext = defineSyncApi({
  name: 'createAudioContext',
  run: (ctx, id) => audioContext(ctx, String(id)),
})
