// https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.html
// The table of FileSystemManager methods: parameters as the doc tables list them, the op that does the work, and how
// the Sync form's positional arguments map onto the same options ("FileSystemManager.readFile 的同步版本", doc, H).
import type { RuntimeCore } from '../../core.ts'
import type { Outcome } from '../../errors/wx-error.ts'
import { parameterError, typeName, type ParamSchema } from '../../facade/params.ts'
import * as read from './fs-read-ops.ts'
import * as write from './fs-write-ops.ts'
import * as saved from './saved-file-ops.ts'
import * as fd from './fs-fd-ops.ts'

type Options = Record<string, unknown>
export interface FsMethod {
  readonly params: ParamSchema
  readonly run: (core: RuntimeCore, o: Options) => Outcome
  /** The Sync form: its positional arguments → options, and what it returns from the success payload ('*': all of it). */
  readonly sync?: { readonly args: readonly string[]; readonly returns?: string; readonly objectArg?: boolean }
}

/** `data`: "string/ArrayBuffer" (writeFile doc, H); the parameter error in the client's form (facade/params.ts, M). */
const withData =
  (op: (core: RuntimeCore, o: never) => Outcome) =>
  (core: RuntimeCore, o: Options): Outcome => {
    const d = o.data
    if (typeof d !== 'string' && !(d instanceof ArrayBuffer)) return parameterError('data', 'String or ArrayBuffer', typeName(d))
    return op(core, o as never)
  }

const as = (op: (core: RuntimeCore, o: never) => Outcome) => op as (core: RuntimeCore, o: Options) => Outcome

export const FS_METHODS: Readonly<Record<string, FsMethod>> = {
  access: { params: { path: 'String!' }, run: as(read.access), sync: { args: ['path'] } },
  readFile: {
    params: { filePath: 'String!', encoding: 'String', position: 'Number', length: 'Number' },
    run: as(read.readFile),
    sync: { args: ['filePath', 'encoding', 'position', 'length'], returns: 'data' },
  },
  writeFile: {
    params: { filePath: 'String!', encoding: 'String' },
    run: withData(write.writeFile),
    sync: { args: ['filePath', 'data', 'encoding'] },
  },
  appendFile: {
    params: { filePath: 'String!', encoding: 'String' },
    run: withData((core, o: Parameters<typeof write.writeFile>[1]) => write.writeFile(core, o, true)),
    sync: { args: ['filePath', 'data', 'encoding'] },
  },
  copyFile: { params: { srcPath: 'String!', destPath: 'String!' }, run: as(write.copyFile), sync: { args: ['srcPath', 'destPath'] } },
  rename: { params: { oldPath: 'String!', newPath: 'String!' }, run: as(write.rename), sync: { args: ['oldPath', 'newPath'] } },
  unlink: { params: { filePath: 'String!' }, run: as(write.unlink), sync: { args: ['filePath'] } },
  truncate: { params: { filePath: 'String!', length: 'Number' }, run: as(write.truncate), sync: { args: [], objectArg: true } },
  mkdir: { params: { dirPath: 'String!', recursive: 'Boolean' }, run: as(write.mkdir), sync: { args: ['dirPath', 'recursive'] } },
  rmdir: { params: { dirPath: 'String!', recursive: 'Boolean' }, run: as(write.rmdir), sync: { args: ['dirPath', 'recursive'] } },
  readdir: { params: { dirPath: 'String!' }, run: as(read.readdir), sync: { args: ['dirPath'], returns: 'files' } },
  stat: { params: { path: 'String!', recursive: 'Boolean' }, run: as(read.stat), sync: { args: ['path', 'recursive'], returns: 'stats' } },
  getFileInfo: { params: { filePath: 'String!', digestAlgorithm: 'String' }, run: as(read.getFileInfo) },
  saveFile: {
    params: { tempFilePath: 'String!', filePath: 'String' },
    run: as(saved.saveFile),
    sync: { args: ['tempFilePath', 'filePath'], returns: 'savedFilePath' },
  },
  removeSavedFile: { params: { filePath: 'String!' }, run: as(saved.removeSavedFile) },
  getSavedFileList: { params: {}, run: (core) => ({ ok: true, data: { fileList: saved.savedFiles(core) } }) },
  // The fd methods' Sync forms take the same option object (FileSystemManager.openSync(Object object) …, doc, H).
  open: { params: { filePath: 'String!', flag: 'String' }, run: as(fd.open), sync: { args: [], objectArg: true, returns: 'fd' } },
  close: { params: { fd: 'String!' }, run: as(fd.close), sync: { args: [], objectArg: true } },
  fstat: { params: { fd: 'String!' }, run: as(fd.fstat), sync: { args: [], objectArg: true, returns: 'stats' } },
  read: {
    params: { fd: 'String!', offset: 'Number', length: 'Number', position: 'Number' },
    run: as(fd.read),
    sync: { args: [], objectArg: true, returns: '*' },
  },
  write: {
    params: { fd: 'String!', offset: 'Number', length: 'Number', encoding: 'String', position: 'Number' },
    run: withData(fd.write),
    sync: { args: [], objectArg: true, returns: '*' },
  },
  ftruncate: { params: { fd: 'String!', length: 'Number' }, run: as(fd.ftruncate), sync: { args: [], objectArg: true } },
}
