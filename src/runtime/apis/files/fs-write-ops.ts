// https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.html
// The writing half of the FileSystemManager: writeFile, appendFile, copyFile, rename, unlink, truncate, mkdir, rmdir.
// Only the user directory takes writes (fs-tree.ts); texts from the methods' doc tables (fs-errors.ts, H).
import type { RuntimeCore } from '../../core.ts'
import { normalizePath, parentOf } from '../../device/files.ts'
import { ok, type Outcome } from '../../errors/wx-error.ts'
import { FS_ERR_CODE as C, FS_REASON as R, fsFailure } from './fs-errors.ts'
import { encode, isEncoding } from './fs-encoding.ts'
import { lookup, overLimit, treeOf, writable, zoneOf } from './fs-tree.ts'

const parentIsDirectory = (core: RuntimeCore, path: string): boolean => {
  const parent = parentOf(normalizePath(path))
  return parent !== undefined && lookup(core, parent)?.kind === 'directory'
}

type Data = string | ArrayBuffer

// writeFile: "fail no such file or directory, open ${filePath}" (parent missing), "fail permission denied, open
// ${dirPath}" (not writable), "fail the maximum size of the file storage limit is exceeded" (doc, H).
export function writeFile(core: RuntimeCore, o: { filePath: string; data: Data; encoding?: string }, append = false): Outcome {
  if (o.encoding !== undefined && !isEncoding(o.encoding)) return fsFailure(R.invalidArgument(), C.invalidArgument) // L
  if (!writable(core, o.filePath)) return fsFailure(R.permissionDeniedOpen(o.filePath), C.permissionDenied)
  const entry = lookup(core, o.filePath)
  if (entry?.kind === 'directory') return fsFailure(R.illegalOnDirectory(o.filePath), C.illegalOnDirectory)
  // appendFile: "fail no such file or directory, open ${filePath}: 指定的 filePath 文件不存在" (doc, H).
  if ((append && !entry) || !parentIsDirectory(core, o.filePath)) return fsFailure(R.noSuchFileOpen(o.filePath), C.noSuchFile)
  const bytes = encode(o.data, o.encoding as Parameters<typeof encode>[1])
  if (!bytes) return fsFailure(R.base64(), C.base64)
  const before = append && entry?.kind === 'file' ? entry.bytes : new Uint8Array(0)
  const next = new Uint8Array(before.byteLength + bytes.byteLength)
  next.set(before)
  next.set(bytes, before.byteLength)
  if (overLimit(core, o.filePath, next.byteLength)) return fsFailure(R.storageLimit(), C.storageLimit)
  treeOf(core).put(o.filePath, next)
  return ok({})
}

// copyFile: "fail permission denied, copyFile ${srcPath} -> ${destPath}" (destination not writable), "fail no such file
// or directory, copyFile ${srcPath} -> ${destPath}" ("源文件不存在，或目标文件路径的上层目录不存在"), storage limit (doc, H).
export function copyFile(core: RuntimeCore, o: { srcPath: string; destPath: string }): Outcome {
  if (!writable(core, o.destPath)) return fsFailure(R.twoPaths('permission denied', 'copyFile', o.srcPath, o.destPath), C.permissionDenied)
  const src = lookup(core, o.srcPath)
  // "源文件路径，只可以是普通文件" (doc, H): a directory counts as no source file (M).
  if (src?.kind !== 'file' || !parentIsDirectory(core, o.destPath)) {
    return fsFailure(R.twoPaths('no such file or directory', 'copyFile', o.srcPath, o.destPath), C.noSuchFile)
  }
  if (lookup(core, o.destPath)?.kind === 'directory') return fsFailure(R.illegalOnDirectory(o.destPath), C.illegalOnDirectory)
  if (overLimit(core, o.destPath, src.bytes.byteLength)) return fsFailure(R.storageLimit(), C.storageLimit)
  treeOf(core).put(o.destPath, src.bytes.slice())
  return ok({})
}

// rename: "fail permission denied, rename ${oldPath} -> ${newPath}", "fail no such file or directory, rename ${oldPath}
// -> ${newPath}" (doc, H). A temporary file may be moved into the user directory (M: the guide names saveFile/copyFile
// for that; app code renames downloads too).
export function rename(core: RuntimeCore, o: { oldPath: string; newPath: string }): Outcome {
  const movable = writable(core, o.oldPath) || zoneOf(core, o.oldPath) === 'temp'
  if (!movable || !writable(core, o.newPath)) return fsFailure(R.twoPaths('permission denied', 'rename', o.oldPath, o.newPath), C.permissionDenied)
  const entry = lookup(core, o.oldPath)
  if (!entry || !parentIsDirectory(core, o.newPath)) return fsFailure(R.twoPaths('no such file or directory', 'rename', o.oldPath, o.newPath), C.noSuchFile)
  const tree = treeOf(core)
  if (tree.entry(o.oldPath)) tree.move(o.oldPath, o.newPath)
  else if (entry.kind === 'file') tree.put(o.newPath, entry.bytes) // a size-only temporary file (device/temp-files.ts)
  return ok({})
}

// unlink: "fail permission denied, open ${path}", "fail no such file or directory ${filePath}", "fail operation not
// permitted, unlink ${filePath}: 传入的 filePath 是一个目录" (doc, H).
export function unlink(core: RuntimeCore, o: { filePath: string }): Outcome {
  const entry = lookup(core, o.filePath)
  if (!writable(core, o.filePath) && entry) return fsFailure(R.permissionDeniedOpen(o.filePath), C.permissionDenied)
  if (!entry) return fsFailure(R.noSuchFile(o.filePath), C.noSuchFile)
  if (entry.kind === 'directory') return fsFailure(R.unlinkNotPermitted(o.filePath), C.notPermitted)
  treeOf(core).remove(o.filePath)
  return ok({})
}

// truncate (2.16.1): "对文件内容进行截断操作"; length default 0; a longer length pads with zero bytes (as POSIX, M).
export function truncate(core: RuntimeCore, o: { filePath: string; length?: number }): Outcome {
  if (!writable(core, o.filePath)) return fsFailure(R.permissionDeniedOpen(o.filePath), C.permissionDenied)
  const entry = lookup(core, o.filePath)
  if (!entry) return fsFailure(R.noSuchFileOpen(o.filePath), C.noSuchFile)
  if (entry.kind === 'directory') return fsFailure(R.illegalOnDirectory(o.filePath), C.illegalOnDirectory)
  const length = o.length ?? 0
  if (!(length >= 0) || !Number.isInteger(length)) return fsFailure(R.lengthOutOfRange(), C.lengthOutOfRange)
  const next = new Uint8Array(length)
  next.set(entry.bytes.subarray(0, length))
  if (overLimit(core, o.filePath, length)) return fsFailure(R.storageLimit(), C.storageLimit)
  treeOf(core).put(o.filePath, next)
  return ok({})
}

// mkdir: "fail no such file or directory ${dirPath}: 上级目录不存在", "fail permission denied, open ${dirPath}",
// "fail file already exists ${dirPath}: 有同名文件或目录" (doc, H). recursive (2.3.0) makes the missing parents; an existing
// directory still fails "file already exists" (app code retries mkdirSync(p, true) inside try/catch for it; M).
export function mkdir(core: RuntimeCore, o: { dirPath: string; recursive?: boolean }): Outcome {
  if (!writable(core, o.dirPath)) return fsFailure(R.permissionDeniedOpen(o.dirPath), C.permissionDenied)
  if (lookup(core, o.dirPath)) return fsFailure(R.alreadyExists(o.dirPath), C.alreadyExists)
  const tree = treeOf(core)
  const missing: string[] = []
  for (let p = normalizePath(o.dirPath); !lookup(core, p); p = parentOf(p)!) missing.unshift(p)
  const top = parentOf(missing[0]!)
  if ((missing.length > 1 && !o.recursive) || lookup(core, top ?? '')?.kind !== 'directory') {
    return fsFailure(R.noSuchFile(o.dirPath), C.noSuchFile)
  }
  for (const p of missing) tree.mkdir(p)
  return ok({})
}

// rmdir: "fail no such file or directory ${dirPath}", "fail directory not empty: 目录不为空", "fail permission denied,
// open ${dirPath}" (doc, H); recursive (2.3.0) removes everything under it.
export function rmdir(core: RuntimeCore, o: { dirPath: string; recursive?: boolean }): Outcome {
  if (!writable(core, o.dirPath)) return fsFailure(R.permissionDeniedOpen(o.dirPath), C.permissionDenied)
  const entry = lookup(core, o.dirPath)
  if (!entry) return fsFailure(R.noSuchFile(o.dirPath), C.noSuchFile)
  if (entry.kind !== 'directory') return fsFailure(R.notADirectory(o.dirPath), C.notADirectory)
  const tree = treeOf(core)
  if (!o.recursive && tree.children(o.dirPath).length > 0) return fsFailure(R.directoryNotEmpty(), C.directoryNotEmpty)
  tree.remove(o.dirPath)
  return ok({})
}
