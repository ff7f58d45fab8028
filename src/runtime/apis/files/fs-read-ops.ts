// https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.html
// The reading half of the FileSystemManager: access, readFile, readdir, stat, getFileInfo. Each op returns the
// outcome both forms share (the async method delivers it, the Sync form throws it; file-system-manager.ts).
import { createHash } from 'node:crypto'
import type { RuntimeCore } from '../../core.ts'
import { normalizePath, type FileEntry } from '../../device/files.ts'
import { ok, type Outcome } from '../../errors/wx-error.ts'
import { FS_ERR_CODE as C, FS_REASON as R, fsFailure } from './fs-errors.ts'
import { decode, isEncoding } from './fs-encoding.ts'
import { lookup, treeOf } from './fs-tree.ts'

// access: "fail no such file or directory ${path}" (FileSystemManager.access doc, H).
export function access(core: RuntimeCore, o: { path: string }): Outcome {
  return lookup(core, o.path) ? ok({}) : fsFailure(R.noSuchFile(o.path), C.noSuchFile)
}

interface ReadFileArgs {
  filePath: string
  encoding?: string
  position?: number
  length?: number
}

// readFile: "fail no such file or directory, open ${filePath}" (doc, H); position ∈ [0, fileLength - 1], length ∈
// [1, fileLength] ("读取的范围应该是左闭右开区间 [position, position+length)", 2.10.0; doc, H), out of range →
// 1301009 / 1301006 (FileError table, H).
export function readFile(core: RuntimeCore, o: ReadFileArgs): Outcome<{ data: string | ArrayBuffer }> {
  if (o.encoding !== undefined && !isEncoding(o.encoding)) return fsFailure(R.invalidArgument(), C.invalidArgument) // L: no text found
  const entry = lookup(core, o.filePath)
  if (!entry) return fsFailure(R.noSuchFileOpen(o.filePath), C.noSuchFile)
  if (entry.kind === 'directory') return fsFailure(R.illegalOnDirectory(o.filePath), C.illegalOnDirectory)
  const size = entry.bytes.byteLength
  const position = o.position ?? 0
  if (o.position !== undefined && (position < 0 || (position > 0 && position >= size) || !Number.isInteger(position))) {
    return fsFailure(R.positionOutOfRange(), C.positionOutOfRange)
  }
  const length = o.length ?? size - position
  if (o.length !== undefined && (length < 1 || position + length > size || !Number.isInteger(length))) {
    return fsFailure(R.lengthOutOfRange(), C.lengthOutOfRange)
  }
  const bytes = entry.bytes.subarray(position, position + length)
  return ok({ data: decode(bytes, o.encoding as Parameters<typeof decode>[1]) })
}

// readdir: "fail no such file or directory ${dirPath}", "fail not a directory ${dirPath}"; "readdir 接口无法访问文件系统
// 根路径(wxfile://)" → the doc's "fail permission denied, open ${dirPath}" (doc, H).
export function readdir(core: RuntimeCore, o: { dirPath: string }): Outcome<{ files: string[] }> {
  const p = normalizePath(o.dirPath)
  if (p === 'wxfile://' || p === 'http://') return fsFailure(R.permissionDeniedOpen(o.dirPath), C.permissionDenied)
  const entry = lookup(core, o.dirPath)
  if (!entry) return fsFailure(R.noSuchFile(o.dirPath), C.noSuchFile)
  if (entry.kind !== 'directory') return fsFailure(R.notADirectory(o.dirPath), C.notADirectory)
  return ok({ files: treeOf(core).children(p) })
}

/** POSIX st_mode of a regular file (0100644) and a directory (040755) (fixture values, L). */
const MODE = { file: 0o100644, directory: 0o40755 } as const

/** A Stats object: times are UNIX seconds of the runtime clock ("UNIX 时间戳", typings Stats, H). */
export function statsOf(entry: FileEntry): WechatMiniprogram.Stats {
  const seconds = Math.floor(entry.modifiedAt / 1000)
  const isDir = entry.kind === 'directory'
  return {
    mode: isDir ? MODE.directory : MODE.file,
    size: isDir ? 0 : entry.bytes.byteLength,
    lastAccessedTime: seconds,
    lastModifiedTime: seconds,
    isDirectory: () => isDir,
    isFile: () => !isDir,
  }
}

// stat: "fail no such file or directory ${path}" (doc, H). recursive on a directory: "res.stats 是一个 Array，数组的每一项
// 是一个对象，每个对象包含 path 和 stats" (typings, H); paths relative to `path`, the directory itself as "/" (M).
export function stat(core: RuntimeCore, o: { path: string; recursive?: boolean }): Outcome<{ stats: WechatMiniprogram.Stats | WechatMiniprogram.FileStats[] }> {
  const entry = lookup(core, o.path)
  if (!entry) return fsFailure(R.noSuchFile(o.path), C.noSuchFile)
  if (!o.recursive || entry.kind !== 'directory') return ok({ stats: statsOf(entry) })
  const root = normalizePath(o.path)
  const tree = treeOf(core)
  const list = [{ path: '/', stats: statsOf(entry) }]
  for (const p of tree.under(root)) list.push({ path: p.slice(root.length), stats: statsOf(tree.entry(p)!) })
  return ok({ stats: list })
}

export type DigestAlgorithm = 'md5' | 'sha1' | 'sha256'

// getFileInfo: size and a digest, "digestAlgorithm: md5 | sha1 (| sha256)", default md5 (doc, H); missing file:
// "fail file not exist" (wx.getFileInfo doc table, M).
export function getFileInfo(core: RuntimeCore, o: { filePath: string; digestAlgorithm?: string }): Outcome<{ size: number; digest: string }> {
  const algorithm = o.digestAlgorithm ?? 'md5'
  if (!['md5', 'sha1', 'sha256'].includes(algorithm)) return fsFailure(R.invalidArgument(), C.invalidArgument) // L
  const entry = lookup(core, o.filePath)
  if (!entry || entry.kind !== 'file') return fsFailure(R.fileNotExist(), C.noSuchFile)
  return ok({ size: entry.bytes.byteLength, digest: createHash(algorithm).update(entry.bytes).digest('hex') })
}
