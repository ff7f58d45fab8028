import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Trace } from '../trace/trace.ts'

/**
 * What the phone would find at an audio or video address: its length, or the error the player reports
 * (InnerAudioContext.onError errCode: 10001 系统错误, 10002 网络错误, 10003 文件错误, 10004 格式错误, -1 未知错误;
 * typings InnerAudioContextOnErrorListenerResult, H). A test sets it: `rt.device.media.set(src, { duration: 12.5 })`
 * or `rt.device.media.set(src, { error: 10004 })`.
 */
export type MediaErrCode = 10001 | 10002 | 10003 | 10004 | -1
export type MediaFixture = { readonly duration: number } | { readonly error: MediaErrCode }

export class MediaLibrary {
  readonly #items = new Map<string, MediaFixture>()
  readonly #trace: Trace

  constructor(trace: Trace) {
    this.#trace = trace
  }

  set(src: string, fixture: MediaFixture): void {
    if (typeof src !== 'string' || src === '') throw new FakeWxError(`rt.device.media.set needs a src, got ${JSON.stringify(src)}.`)
    const ok = 'duration' in fixture ? fixture.duration > 0 : [10001, 10002, 10003, 10004, -1].includes(fixture.error)
    if (!ok) throw new FakeWxError(`rt.device.media.set('${src}', …) needs { duration: seconds > 0 } or { error: 10001 | 10002 | 10003 | 10004 | -1 }.`)
    this.#items.set(src, { ...fixture })
    this.#trace.record({ type: 'device', change: 'media', value: { src, ...fixture } })
  }

  get(src: string): MediaFixture | undefined {
    return this.#items.get(src)
  }
}
