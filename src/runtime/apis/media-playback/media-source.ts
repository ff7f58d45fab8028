// What a player finds at `src`: the test's fixture (rt.device.media, device/media-library.ts), else a missing local
// file → 10003 文件错误 and an address the fixtures do not know → 10002 网络错误 (InnerAudioContext.onError errCode
// table, typings, H; which code a given failure gets: M).
import type { RuntimeCore } from '../../core.ts'
import type { MediaErrCode } from '../../device/media-library.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { lookup } from '../files/fs-tree.ts'

export type MediaSource = { readonly ok: true; readonly duration: number } | { readonly ok: false; readonly errCode: MediaErrCode }

/** errMsg beside each errCode: the doc gives only the meaning (系统错误 …), so these English forms are L. */
export const MEDIA_ERR_MSG: Readonly<Record<MediaErrCode, string>> = {
  10001: 'system error',
  10002: 'network error',
  10003: 'file error',
  10004: 'format error',
  [-1]: 'unknown error',
}

export function resolveSource(core: RuntimeCore, src: string): MediaSource {
  const fixture = core.device.media.get(src)
  if (fixture) return 'duration' in fixture ? { ok: true, duration: fixture.duration } : { ok: false, errCode: fixture.error }
  if (/^https?:\/\//i.test(src) && !/^http:\/\/(tmp|usr|store)\//.test(src)) return { ok: false, errCode: 10002 }
  if (!lookup(core, src)) return { ok: false, errCode: 10003 }
  throw new FakeWxError(
    `The player found the local file ${src} but not its length: tell fake-wx with rt.device.media.set('${src}', { duration: seconds }).`,
  )
}
