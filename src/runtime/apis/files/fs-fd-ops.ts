// https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.open.html
// File descriptors (2.16.1): open({ filePath, flag = 'r' }) → { fd }, read / write at a position, fstat, ftruncate,
// close. Flags as the doc lists them (H): r / r+ need the file; w / w+ create or truncate; a / a+ / as / as+ append,
// creating it; the x forms fail if the path exists. Texts: "bad file descriptor" 1300009, "fail permission denied"
// 1302001 (an fd without read/write access), "permission denied when open using flag" 1302004, "array buffer does not
// exist" 1302005 (FileError table, H for the texts; which case gets which: M).
import { stateOf, type RuntimeCore } from '../../core.ts'
import { normalizePath, parentOf } from '../../device/files.ts'
import { failure, ok, type Outcome } from '../../errors/wx-error.ts'
import { FS_ERR_CODE as C, FS_REASON as R, fsFailure } from './fs-errors.ts'
import { encode, isEncoding } from './fs-encoding.ts'
import { statsOf } from './fs-read-ops.ts'
import { lookup, overLimit, treeOf, writable } from './fs-tree.ts'

const FLAGS = {
  r: { read: true, write: false, create: false, truncate: false, append: false, exclusive: false },
  'r+': { read: true, write: true, create: false, truncate: false, append: false, exclusive: false },
  w: { read: false, write: true, create: true, truncate: true, append: false, exclusive: false },
  wx: { read: false, write: true, create: true, truncate: true, append: false, exclusive: true },
  'w+': { read: true, write: true, create: true, truncate: true, append: false, exclusive: false },
  'wx+': { read: true, write: true, create: true, truncate: true, append: false, exclusive: true },
  a: { read: false, write: true, create: true, truncate: false, append: true, exclusive: false },
  ax: { read: false, write: true, create: true, truncate: false, append: true, exclusive: true },
  'a+': { read: true, write: true, create: true, truncate: false, append: true, exclusive: false },
  'ax+': { read: true, write: true, create: true, truncate: false, append: true, exclusive: true },
  as: { read: false, write: true, create: true, truncate: false, append: true, exclusive: false },
  'as+': { read: true, write: true, create: true, truncate: false, append: true, exclusive: false },
} as const
type Flag = keyof typeof FLAGS

interface OpenFile {
  readonly path: string
  readonly flag: (typeof FLAGS)[Flag]
  position: number
}
const fdsOf = (core: RuntimeCore) => stateOf(core, 'files.fds', () => ({ next: 0, open: new Map<string, OpenFile>() }))

export function open(core: RuntimeCore, o: { filePath: string; flag?: string }): Outcome<{ fd: string }> {
  const name = o.flag ?? 'r'
  if (!Object.hasOwn(FLAGS, name)) return fsFailure('invalid flag', C.invalidFlag)
  const flag = FLAGS[name as Flag]
  const entry = lookup(core, o.filePath)
  if (entry?.kind === 'directory') return fsFailure(R.illegalOnDirectory(o.filePath), C.illegalOnDirectory)
  if (flag.write && !writable(core, o.filePath)) return fsFailure(R.permissionDeniedOpen(o.filePath), C.permissionDenied)
  if (!entry && !flag.create) return fsFailure(R.noSuchFileOpen(o.filePath), C.noSuchFile)
  if (entry && flag.exclusive) return fsFailure(R.alreadyExists(o.filePath), C.alreadyExists)
  if (!entry && lookup(core, parentOf(normalizePath(o.filePath)) ?? '')?.kind !== 'directory') {
    return fsFailure(R.noSuchFileOpen(o.filePath), C.noSuchFile)
  }
  if (!entry || flag.truncate) treeOf(core).put(o.filePath, new Uint8Array(0))
  const fds = fdsOf(core)
  const fd = String(++fds.next)
  fds.open.set(fd, { path: normalizePath(o.filePath), flag, position: 0 })
  return ok({ fd })
}

function fileOf(core: RuntimeCore, fd: string): { file: OpenFile; bytes: Uint8Array } | undefined {
  const file = fdsOf(core).open.get(fd)
  const entry = file && lookup(core, file.path)
  return file && entry?.kind === 'file' ? { file, bytes: entry.bytes } : undefined
}
const badFd = () => fsFailure(R.badFd(), C.badFd)
const noAccess = () => failure('fail permission denied', undefined, { errCode: 1302001 })

export function close(core: RuntimeCore, o: { fd: string }): Outcome {
  return fdsOf(core).open.delete(o.fd) ? ok({}) : badFd()
}

export function fstat(core: RuntimeCore, o: { fd: string }): Outcome<{ stats: WechatMiniprogram.Stats }> {
  const f = fileOf(core, o.fd)
  return f ? ok({ stats: statsOf(lookup(core, f.file.path)!) }) : badFd()
}

export function read(core: RuntimeCore, o: { fd: string; arrayBuffer?: ArrayBuffer; offset?: number; length?: number; position?: number }): Outcome<{ bytesRead: number; arrayBuffer: ArrayBuffer }> {
  if (!(o.arrayBuffer instanceof ArrayBuffer)) return failure('array buffer does not exist', undefined, { errCode: 1302005 })
  const f = fileOf(core, o.fd)
  if (!f) return badFd()
  if (!f.file.flag.read) return noAccess()
  const offset = o.offset ?? 0
  const length = o.length ?? 0
  if (offset < 0 || offset > o.arrayBuffer.byteLength) return fsFailure('value of offset is out of range', C.offsetOutOfRange)
  if (length < 0 || offset + length > o.arrayBuffer.byteLength) return fsFailure(R.lengthOutOfRange(), C.lengthOutOfRange)
  const position = o.position ?? f.file.position
  const chunk = f.bytes.subarray(position, position + length)
  new Uint8Array(o.arrayBuffer, offset, chunk.byteLength).set(chunk)
  if (o.position === undefined) f.file.position = position + chunk.byteLength
  return ok({ bytesRead: chunk.byteLength, arrayBuffer: o.arrayBuffer })
}

export function write(core: RuntimeCore, o: { fd: string; data: string | ArrayBuffer; offset?: number; length?: number; encoding?: string; position?: number }): Outcome<{ bytesWritten: number }> {
  const f = fileOf(core, o.fd)
  if (!f) return badFd()
  if (!f.file.flag.write) return noAccess()
  if (o.encoding !== undefined && !isEncoding(o.encoding)) return fsFailure(R.invalidArgument(), C.invalidArgument) // L
  let bytes = encode(o.data, o.encoding as Parameters<typeof encode>[1])
  if (!bytes) return fsFailure(R.base64(), C.base64)
  if (o.data instanceof ArrayBuffer) bytes = bytes.subarray(o.offset ?? 0, (o.offset ?? 0) + (o.length ?? bytes.byteLength - (o.offset ?? 0)))
  const at = f.file.flag.append ? f.bytes.byteLength : (o.position ?? f.file.position)
  const next = new Uint8Array(Math.max(f.bytes.byteLength, at + bytes.byteLength))
  next.set(f.bytes)
  next.set(bytes, at)
  if (overLimit(core, f.file.path, next.byteLength)) return fsFailure(R.storageLimit(), C.storageLimit)
  treeOf(core).put(f.file.path, next)
  if (o.position === undefined || f.file.flag.append) f.file.position = at + bytes.byteLength
  return ok({ bytesWritten: bytes.byteLength })
}

export function ftruncate(core: RuntimeCore, o: { fd: string; length?: number }): Outcome {
  const f = fileOf(core, o.fd)
  if (!f) return badFd()
  if (!f.file.flag.write) return noAccess()
  const length = o.length ?? 0
  if (!(length >= 0) || !Number.isInteger(length)) return fsFailure(R.lengthOutOfRange(), C.lengthOutOfRange)
  const next = new Uint8Array(length)
  next.set(f.bytes.subarray(0, length))
  treeOf(core).put(f.file.path, next)
  return ok({})
}
