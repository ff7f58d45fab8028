// https://developers.weixin.qq.com/miniprogram/dev/api/file/FileSystemManager.html
// The client's file-system failures. Texts: the per-method "res.errMsg 的合法值" tables of the FileSystemManager doc
// pages (e.g. FileSystemManager.writeFile: "fail no such file or directory, open ${filePath}", "fail permission denied,
// open ${dirPath}"; mkdir: "fail file already exists ${dirPath}"; copyFile: "fail permission denied, copyFile ${srcPath}
// -> ${destPath}") (H for the templates). Codes: the FileError table of the current docs and typings ("错误码"; 1300002
// no such file or directory …) (H for the numbers). The code goes on the fail result as `errCode` (typings FileError, M).
import { failure, type Outcome } from '../../errors/wx-error.ts'

export const FS_ERR_CODE = {
  notPermitted: 1300001,
  noSuchFile: 1300002,
  permissionDenied: 1300013,
  notADirectory: 1300020,
  invalidArgument: 1300022,
  directoryNotEmpty: 1300066,
  storageLimit: 1300202,
  base64: 1300203,
  illegalOnDirectory: 1301003,
  alreadyExists: 1301005,
  lengthOutOfRange: 1301006,
  positionOutOfRange: 1301009,
  tempFileNotExist: 1301112,
  badFd: 1300009,
  offsetOutOfRange: 1301007,
  invalidFlag: 1302003,
} as const

export type FsErrCode = (typeof FS_ERR_CODE)[keyof typeof FS_ERR_CODE]

/** A file-system failure: `<method>:fail <reason>` with the doc's errCode beside it. */
export const fsFailure = (reason: string, errCode: FsErrCode): Outcome<never> => failure(reason, undefined, { errCode })

/** The reasons, as the doc tables write them (`${path}` is the path the app passed). */
export const FS_REASON = {
  noSuchFile: (path: string) => `no such file or directory ${path}`,
  noSuchFileOpen: (path: string) => `no such file or directory, open ${path}`,
  permissionDeniedOpen: (path: string) => `permission denied, open ${path}`,
  /** appendFile doc: `fail illegal operation on a directory, open "${filePath}"` (with quotes, H). */
  illegalOnDirectory: (path: string) => `illegal operation on a directory, open "${path}"`,
  alreadyExists: (path: string) => `file already exists ${path}`,
  notADirectory: (path: string) => `not a directory ${path}`,
  directoryNotEmpty: () => 'directory not empty',
  /** unlink doc: `fail operation not permitted, unlink ${filePath}` (the path is a directory, H). */
  unlinkNotPermitted: (path: string) => `operation not permitted, unlink ${path}`,
  /** copyFile / rename docs: `${verb} ${src} -> ${dest}` (H). */
  twoPaths: (what: 'permission denied' | 'no such file or directory', verb: string, src: string, dest: string) => `${what}, ${verb} ${src} -> ${dest}`,
  storageLimit: () => 'the maximum size of the file storage limit is exceeded',
  base64: () => 'base64 encode error',
  tempFileNotExist: () => 'tempFilePath file not exist',
  /** FileSystemManager.getFileInfo / removeSavedFile / wx.getSavedFileInfo: "fail file not exist" (doc tables, M). */
  fileNotExist: () => 'file not exist',
  positionOutOfRange: () => 'value of position is out of range',
  lengthOutOfRange: () => 'value of length is out of range',
  invalidArgument: () => 'Invalid argument',
  badFd: () => 'bad file descriptor',
} as const
