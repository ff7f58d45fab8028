// https://developers.weixin.qq.com/miniprogram/dev/framework/ability/file-system.html
// The phone's files as the FileSystemManager sees them: the runtime's file store (device/files.ts) plus the
// temporary files other capabilities leave (device/temp-files.ts), split the way the guide splits them:
//  - 本地用户文件 under wx.env.USER_DATA_PATH: "开发者对这个目录有完全自由的读写权限" (H);
//  - 本地临时文件 (`wxfile://tmp_…`, DevTools `http://tmp/…`) and 本地缓存文件 (saveFile's `wxfile://store_…`,
//    DevTools `http://store/…`): "只能通过调用特定接口产生，不能直接写入内容" (H) — readable, not writable;
//  - 代码包文件 (`/a/b/c`, `a/b/c`): "无法在运行后动态修改或删除" (H) — readable when a test staged one.
// "跟本地缓存文件共计，小程序（含小游戏）最多可存储 200MB" (guide, H): user files and saved files share one limit.
import type { RuntimeCore } from '../../core.ts'
import { filesOf, normalizePath, type FileEntry, type LocalFiles } from '../../device/files.ts'
import { tempFile } from '../../device/temp-files.ts'
import { USER_DATA_PATH } from '../base/env.ts'

export type Zone = 'user' | 'temp' | 'store' | 'package'

const devtools = (core: RuntimeCore) => core.config.platform === 'devtools'
export const userRoot = (core: RuntimeCore): string => (devtools(core) ? USER_DATA_PATH.devtools : USER_DATA_PATH.phone)

/** Where a path lives. */
export function zoneOf(core: RuntimeCore, path: string): Zone {
  const p = normalizePath(path)
  const root = userRoot(core)
  if (p === root || p.startsWith(`${root}/`)) return 'user'
  if (p.startsWith('wxfile://tmp_') || p.startsWith('http://tmp/')) return 'temp'
  if (p.startsWith('wxfile://store_') || p.startsWith('http://store/')) return 'store'
  return 'package'
}

/** Only the user directory takes writes, and the user root itself cannot be removed or replaced. */
export const writable = (core: RuntimeCore, path: string): boolean => zoneOf(core, path) === 'user' && normalizePath(path) !== userRoot(core)

/** The store with the user directory made (it exists from the first launch). */
export function treeOf(core: RuntimeCore): LocalFiles {
  const files = filesOf(core)
  if (!files.entry(userRoot(core))) files.mkdir(userRoot(core))
  return files
}

/** The entry at `path`: a stored file or directory, or a temporary file another API produced (zeroed bytes of its size). */
export function lookup(core: RuntimeCore, path: string): FileEntry | undefined {
  const stored = treeOf(core).entry(path)
  if (stored) return stored
  const temp = tempFile(core, path)
  return temp && { kind: 'file', bytes: new Uint8Array(temp.size), modifiedAt: temp.createdAt, createdAt: temp.createdAt }
}

/** Whether user and saved files would pass the budget (LocalFiles.storageLimit, 200 MB) with `size` more bytes at `path`. */
export const overLimit = (core: RuntimeCore, path: string, size: number): boolean =>
  usedBytes(core, normalizePath(path)) + size > treeOf(core).storageLimit

/** Bytes used by user files and saved files (the 200 MB budget), leaving out `except` (a file about to be replaced). */
export function usedBytes(core: RuntimeCore, except?: string): number {
  const files = treeOf(core)
  let total = 0
  for (const p of files.under(devtools(core) ? 'http://' : 'wxfile://')) {
    const zone = zoneOf(core, p)
    if ((zone !== 'user' && zone !== 'store') || p === except) continue
    const e = files.entry(p)
    if (e?.kind === 'file') total += e.bytes.byteLength
  }
  return total
}
