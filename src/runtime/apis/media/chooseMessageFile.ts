// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseMessageFile.html
// Base library 2.5.0. "从客户端会话选择文件" (H). count required, "可以 0～100"; type 'all' (default) | 'video' |
// 'image' | 'file' ("除了图片和视频之外的其它的文件"); extension (2.6.0) "仅 type==file 时有效" (typings, H).
// Success tempFiles [{ path, size, name, type, time }] (typings, H). Privacy type chosenFile. Cancel:
// "chooseMessageFile:fail cancel" (many shipped apps compare with it, M). The picked files are temp files with
// the name's extension, in the file store.
import type { ApiContext } from '../../core.ts'
import { ERRNO } from '../../errors/errno.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { makeJpeg, makeMp4, padTo } from './image-bytes.ts'
import type { ChatFile } from './media-prompt-kinds.ts'
import { bytesOf, writeTemp } from './media-files.ts'

type Kind = 'image' | 'video' | 'file'
const KIND_OF_EXT: Record<string, Kind> = { jpg: 'image', jpeg: 'image', png: 'image', gif: 'image', webp: 'image', heic: 'image', mp4: 'video', mov: 'video' }
/** Default chat files per type (fixture names and bytes). */
const DEFAULTS: Record<Kind, (n: number) => ChatFile> = {
  image: (n) => ({ name: `IMG_${String(n).padStart(4, '0')}.jpg`, type: 'image' }),
  video: (n) => ({ name: `VID_${String(n).padStart(4, '0')}.mp4`, type: 'video' }),
  file: (n) => ({ name: `document-${n}.pdf`, type: 'file', data: '%PDF-1.4\n%fake-wx\n' }),
}

const extOf = (name: string) => (name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '')

export const chooseMessageFile = defineAsyncApi({
  name: 'chooseMessageFile',
  params: { count: 'Number!', type: 'String', extension: 'Array' },
  async run(ctx, o) {
    const type = o.type ?? 'all'
    const count = Math.min(100, Math.max(0, Math.floor(o.count)))
    const details = { count, type, ...(o.extension ? { extension: [...o.extension] } : {}) }
    const answer = await ctx.user.ask('chooseMessageFile', 'chooseMessageFile', details)
    if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
    const defaultKind: Kind = type === 'image' || type === 'video' ? type : 'file'
    const files: ChatFile[] = typeof answer === 'number'
      ? Array.from({ length: answer }, (_, i) => DEFAULTS[defaultKind](i + 1))
      : Array.isArray(answer) ? [...(answer as readonly ChatFile[])] : [answer as ChatFile]
    if (files.length > count) throw new FakeWxError(`The user picked ${files.length} chat files, but count is ${count}.`)
    return ok({ tempFiles: files.map((f) => store(ctx, f, type, o.extension)) })
  },
})

function store(ctx: ApiContext, f: ChatFile, type: string, extension: readonly string[] | undefined) {
  const ext = extOf(f.name)
  const kind: Kind = f.type ?? KIND_OF_EXT[ext] ?? 'file'
  if (type !== 'all' && kind !== type) throw new FakeWxError(`The user picked ${f.name} (${kind}) in a chooseMessageFile list of type '${type}'.`)
  if (type === 'file' && extension?.length && !extension.map((e) => e.replace(/^\./, '').toLowerCase()).includes(ext)) {
    throw new FakeWxError(`The list shows only ${extension.join(', ')} files; ${f.name} is not one of them.`)
  }
  const made = f.data !== undefined ? bytesOf(f.data, 'chooseMessageFile answer') : kind === 'image' ? makeJpeg(1080, 1440) : kind === 'video' ? makeMp4() : new Uint8Array(0)
  const bytes = padTo(made, f.size)
  // "会话发送时间，Unix时间戳": the message's time, by default the moment it is picked (fixture, L).
  const time = f.time ?? Math.floor(ctx.clock.now() / 1000)
  return { path: writeTemp(ctx, ext || 'dat', bytes), size: bytes.length, name: f.name, type: kind, time }
}
