// https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.saveFile.html
// 本地缓存文件: "只能通过 FileSystemManager.saveFile() 接口将本地临时文件保存获得", "不能自定义目录和文件名" (file-system
// guide, H); "saveFile 会把临时文件移动，因此调用成功后传入的 tempFilePath 将不可用" (wx.saveFile doc, H). Saved paths look
// like `wxfile://store_<hex>.<ext>` on phones and `http://store/<name>` in DevTools (logged savedFilePath values, M).
// Shared by the FileSystemManager methods and the legacy wx.saveFile / getSavedFileList / getSavedFileInfo /
// removeSavedFile.
import { stateOf, type RuntimeCore } from '../../core.ts'
import { normalizePath, parentOf } from '../../device/files.ts'
import { ok, type Outcome } from '../../errors/wx-error.ts'
import { FS_ERR_CODE as C, FS_REASON as R, fsFailure } from './fs-errors.ts'
import { lookup, overLimit, treeOf, writable, zoneOf } from './fs-tree.ts'

const counter = (core: RuntimeCore) => stateOf(core, 'files.savedCounter', () => ({ next: 1 }))

function storePath(core: RuntimeCore, tempFilePath: string): string {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(tempFilePath)?.[0] ?? ''
  const name = (counter(core).next++).toString(16).padStart(32, '0')
  return core.config.platform === 'devtools' ? `http://store/${name}${ext}` : `wxfile://store_${name}${ext}`
}

// saveFile: "fail tempFilePath file not exist" (1301112), "fail permission denied, open "${filePath}"", "fail no such file
// or directory "${dirPath}"", "fail the maximum size of the file storage limit is exceeded" (doc, H). With `filePath`
// (a path in the user directory) the file is saved there instead (doc: "要存储的文件路径 (本地路径)", H).
export function saveFile(core: RuntimeCore, o: { tempFilePath: string; filePath?: string }): Outcome<{ savedFilePath: string }> {
  const temp = lookup(core, o.tempFilePath)
  if (temp?.kind !== 'file' || zoneOf(core, o.tempFilePath) !== 'temp') return fsFailure(R.tempFileNotExist(), C.tempFileNotExist)
  if (o.filePath !== undefined && !writable(core, o.filePath)) return fsFailure(`permission denied, open "${o.filePath}"`, C.permissionDenied)
  if (o.filePath !== undefined && lookup(core, parentOf(normalizePath(o.filePath)) ?? '')?.kind !== 'directory') {
    return fsFailure(`no such file or directory "${parentOf(normalizePath(o.filePath))}"`, C.noSuchFile)
  }
  const savedFilePath = o.filePath ?? storePath(core, o.tempFilePath)
  if (overLimit(core, savedFilePath, temp.bytes.byteLength)) return fsFailure(R.storageLimit(), C.storageLimit)
  const tree = treeOf(core)
  tree.put(savedFilePath, temp.bytes)
  tree.remove(o.tempFilePath)
  return ok({ savedFilePath })
}

/** The saved files (本地缓存文件), oldest first: path, size, createTime in UNIX seconds ("文件保存时的时间戳", typings, H). */
export function savedFiles(core: RuntimeCore): WechatMiniprogram.FileItem[] {
  const tree = treeOf(core)
  const root = core.config.platform === 'devtools' ? 'http://' : 'wxfile://'
  return tree
    .under(root)
    .filter((p) => zoneOf(core, p) === 'store')
    .map((p) => ({ p, e: tree.entry(p)! }))
    .filter(({ e }) => e.kind === 'file')
    .map(({ p, e }) => ({ filePath: p, size: e.kind === 'file' ? e.bytes.byteLength : 0, createTime: Math.floor(e.createdAt / 1000) }))
}

export function savedFileInfo(core: RuntimeCore, filePath: string): WechatMiniprogram.FileItem | undefined {
  return savedFiles(core).find((f) => f.filePath === normalizePath(filePath))
}

// removeSavedFile: "fail file not exist" (doc, M).
export function removeSavedFile(core: RuntimeCore, o: { filePath: string }): Outcome {
  if (!savedFileInfo(core, o.filePath)) return fsFailure(R.fileNotExist(), C.noSuchFile)
  treeOf(core).remove(o.filePath)
  return ok({})
}
