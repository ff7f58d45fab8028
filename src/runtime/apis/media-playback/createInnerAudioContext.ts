// https://developers.weixin.qq.com/miniprogram/dev/api/media/audio/wx.createInnerAudioContext.html
// "创建内部 audio 上下文 InnerAudioContext 对象" (1.6.0); a new one every call (each plays on its own). Its properties are
// plain read/write fields (duration, currentTime, paused, buffered read-only) and onXxx/offXxx pairs (doc, H).
import type { RuntimeCore } from '../../core.ts'
import { defineSyncApi } from '../../facade/define-api.ts'
import { AUDIO_EVENTS, InnerAudio } from './inner-audio-context.ts'

const WRITABLE = ['src', 'autoplay', 'loop', 'startTime', 'volume', 'playbackRate', 'obeyMuteSwitch', 'referrerPolicy'] as const
const READ_ONLY = ['duration', 'currentTime', 'paused', 'buffered'] as const

/** The InnerAudioContext app code holds: fields and methods over one InnerAudio (inner-audio-context.ts). */
export function innerAudioContext(core: RuntimeCore): WechatMiniprogram.InnerAudioContext {
  const audio = new InnerAudio(core)
  const ctx: Record<string, unknown> = {
    play: () => audio.play(),
    pause: () => audio.pause(),
    stop: () => audio.stop(),
    seek: (position: number) => audio.seek(position),
    destroy: () => audio.destroy(),
  }
  for (const event of AUDIO_EVENTS) {
    ctx[`on${event}`] = (listener: (res: unknown) => void) => audio.on(event, listener)
    ctx[`off${event}`] = (listener?: (res: unknown) => void) => audio.off(event, listener)
  }
  for (const key of WRITABLE) {
    Object.defineProperty(ctx, key, {
      enumerable: true,
      get: () => audio[key],
      set: (value: never) => {
        audio[key] = value
      },
    })
  }
  for (const key of READ_ONLY) Object.defineProperty(ctx, key, { enumerable: true, get: () => audio[key], set: () => {} })
  return ctx as unknown as WechatMiniprogram.InnerAudioContext
}

export const createInnerAudioContext = defineSyncApi({
  name: 'createInnerAudioContext',
  run: (ctx) => innerAudioContext(ctx),
})
