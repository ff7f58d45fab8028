// https://developers.weixin.qq.com/miniprogram/dev/api/media/audio/InnerAudioContext.html
// One InnerAudioContext, driven by the runtime clock: while playing, currentTime moves with `rt.clock.advance(ms)`
// (× playbackRate), onTimeUpdate fires every TIME_UPDATE_MS and onEnded at the end. From the doc (H unless marked):
//  - src: "音频资源的地址，用于直接播放"; duration/currentTime "只有在当前有合法的 src 时返回", currentTime "时间保留小数点后 6 位";
//  - startTime: "开始播放的位置（单位：s），默认为 0"; autoplay / loop default false; volume 0~1, default 1;
//    playbackRate 0.5~2.0 (2.11.0), default 1;
//  - pause: "暂停后的音频再播放会从暂停处开始播放"; stop: "停止后的音频再播放会从头开始播放";
//  - onCanplay "监听音频进入可以播放状态的事件"; onEnded "音频自然播放至结束的事件"; onError errCode (media-source.ts).
import type { RuntimeCore } from '../../core.ts'
import { callAppCode, later, throwLater } from '../../facade/deliver.ts'
import { traceCall } from '../../facade/invoke.ts'
import { MEDIA_ERR_MSG, resolveSource, type MediaSource } from './media-source.ts'

/** onTimeUpdate cadence (clients report about four times a second; L). */
export const TIME_UPDATE_MS = 250
export const AUDIO_EVENTS = ['Canplay', 'Play', 'Pause', 'Stop', 'Ended', 'TimeUpdate', 'Error', 'Waiting', 'Seeking', 'Seeked'] as const
type AudioEvent = (typeof AUDIO_EVENTS)[number]
type Listener = (res: unknown) => void

const round6 = (s: number) => Math.round(s * 1e6) / 1e6

export class InnerAudio {
  readonly #core: RuntimeCore
  readonly #listeners = new Map<AudioEvent, Set<Listener>>()
  #src = ''
  #source: MediaSource | undefined
  #position = 0
  /** Clock time the current playing stretch began, or undefined while paused. */
  #since: number | undefined
  #cancel = () => {}
  #started = false
  #destroyed = false
  autoplay = false
  loop = false
  startTime = 0
  volume = 1
  playbackRate = 1
  obeyMuteSwitch = true
  referrerPolicy = 'origin'

  constructor(core: RuntimeCore) {
    this.#core = core
  }

  get src(): string {
    return this.#src
  }
  set src(src: string) {
    this.#halt()
    this.#src = String(src ?? '')
    this.#position = 0
    this.#started = false
    this.#source = undefined
    if (this.#src === '') return
    try {
      this.#source = resolveSource(this.#core, this.#src)
    } catch (error) {
      throwLater(error)
      return
    }
    const source = this.#source
    if (!source.ok) {
      this.#emit('Error', { errMsg: MEDIA_ERR_MSG[source.errCode], errCode: source.errCode })
      return
    }
    this.#emit('Canplay', {})
    if (this.autoplay) later(() => this.play())
  }

  get duration(): number {
    return this.#source?.ok ? this.#source.duration : 0
  }
  get currentTime(): number {
    return this.#source?.ok ? round6(Math.min(this.#now(), this.duration)) : 0
  }
  get paused(): boolean {
    return this.#since === undefined
  }
  /** Local fixtures load at once: everything is buffered ("仅保证当前播放时间点到此时间点内容已缓冲"). */
  get buffered(): number {
    return this.duration
  }

  play(): void {
    if (this.#gone('play') || !this.paused) return
    if (!this.#source?.ok) {
      if (this.#source) this.#emit('Error', { errMsg: MEDIA_ERR_MSG[this.#source.errCode], errCode: this.#source.errCode })
      return
    }
    if (!this.#started) this.#position = Math.min(Math.max(this.startTime, 0), this.duration)
    this.#started = true
    this.#since = this.#core.clock.now()
    this.#emit('Play', {})
    this.#tick()
  }

  pause(): void {
    if (this.#gone('pause') || this.paused) return
    this.#halt()
    this.#emit('Pause', {})
  }

  stop(): void {
    if (this.#gone('stop') || !this.#started) return
    this.#halt()
    this.#position = 0
    this.#started = false
    this.#emit('Stop', {})
  }

  seek(position: number): void {
    if (this.#gone('seek', position) || !this.#source?.ok) return
    const playing = !this.paused
    this.#halt()
    this.#emit('Seeking', {})
    this.#position = Math.min(Math.max(Number(position) || 0, 0), this.duration)
    this.#started = true
    if (playing) {
      this.#since = this.#core.clock.now()
      this.#tick()
    }
    this.#emit('Seeked', {})
  }

  destroy(): void {
    if (this.#gone('destroy')) return
    this.#halt()
    this.#destroyed = true
    this.#listeners.clear()
  }

  on(event: AudioEvent, listener: Listener): void {
    if (typeof listener !== 'function') return
    let set = this.#listeners.get(event)
    if (!set) this.#listeners.set(event, (set = new Set()))
    set.add(listener)
  }

  /** off without a listener removes them all (as the client's offXxx() does; M). */
  off(event: AudioEvent, listener?: Listener): void {
    if (listener === undefined) this.#listeners.delete(event)
    else this.#listeners.get(event)?.delete(listener)
  }

  /** Playing position in seconds, unrounded. */
  #now(): number {
    if (this.#since === undefined) return this.#position
    return this.#position + ((this.#core.clock.now() - this.#since) / 1000) * this.playbackRate
  }

  #halt(): void {
    this.#cancel()
    this.#cancel = () => {}
    if (this.#since !== undefined) this.#position = Math.min(this.#now(), this.duration)
    this.#since = undefined
  }

  /** Schedules the next timeUpdate, or the end if it comes first. */
  #tick(): void {
    const rate = this.playbackRate > 0 ? this.playbackRate : 1
    const toEnd = ((this.duration - this.#now()) * 1000) / rate
    if (toEnd <= TIME_UPDATE_MS) {
      this.#cancel = this.#core.clock.schedule(toEnd, () => this.#end())
      return
    }
    this.#cancel = this.#core.clock.schedule(TIME_UPDATE_MS, () => {
      this.#emit('TimeUpdate', {})
      this.#tick()
    })
  }

  // At the end: loop → from the start again without onEnded; else onEnded, paused, and the next play() starts over (M).
  #end(): void {
    this.#since = undefined
    this.#position = this.duration
    this.#emit('TimeUpdate', {})
    if (this.loop) {
      this.#position = 0
      this.#since = this.#core.clock.now()
      this.#tick()
      return
    }
    this.#started = false
    this.#emit('Ended', {})
  }

  #gone(method: string, args?: unknown): boolean {
    traceCall(this.#core, `InnerAudioContext.${method}`, args)
    return this.#destroyed
  }

  #emit(event: AudioEvent, payload: object): void {
    if (event !== 'TimeUpdate') this.#core.trace.record({ type: 'event', name: `InnerAudioContext.on${event}`, payload })
    later(() => {
      for (const listener of [...(this.#listeners.get(event) ?? [])]) {
        callAppCode(this.#core, `InnerAudioContext.on${event} callback`, listener, payload)
      }
    })
  }
}
