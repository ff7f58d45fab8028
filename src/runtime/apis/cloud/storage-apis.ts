// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html
// (and …/downloadFile, getTempFileURL, deleteFile). Over cloud-files.ts and the phone's local files.
//  - uploadFile → `{ fileID, statusCode: 200 }` (a logged result, M);
//  - downloadFile → `{ tempFilePath, statusCode: 200 }` (typings; M);
//  - getTempFileURL → `{ fileList: [{ fileID, tempFileURL, maxAge, status: 0, errMsg: 'ok' }] }` (typings, H); maxAge
//    "默认一天且最大不超过一天" (doc, M);
//  - deleteFile → `{ fileList: [{ fileID, status: 0, errMsg: 'ok' }] }` (typings, H);
//  - a missing file in a list: `status: -1, errMsg: 'STORAGE_FILE_NONEXIST'` (public app code checking exactly this, M);
//    downloading one: errCode -503003 STORAGE_FILE_NONEXIST (the SDK's error table, H; the errMsg wording L).
import { filesOf } from '../../device/files.ts'
import { cloudError, type CloudMethod } from './cloud-call.ts'
import { storeCloudFile, localBytes, tempUrlOf } from './cloud-files.ts'
import { cloudStateOf } from './cloud-state.ts'

const MAX_AGE_S = 86_400
const NONEXIST = { status: -1, errMsg: 'STORAGE_FILE_NONEXIST' } as const

export const uploadFile: CloudMethod<{ cloudPath: string; filePath: string }> = {
  name: 'uploadFile',
  params: { cloudPath: 'String!', filePath: 'String!' },
  run(core, { cloudPath, filePath }, env) {
    const bytes = localBytes(core, filePath)
    // L: wording of wx.uploadFile for a path with no file (apis/network/uploadFile.ts).
    if (!bytes) return { ok: false, error: cloudError(-1, `cloud.uploadFile:fail file not found`) }
    return { ok: true, data: { fileID: storeCloudFile(core, env, cloudPath, bytes).fileID, statusCode: 200 } }
  },
}

export const downloadFile: CloudMethod<{ fileID: string }> = {
  name: 'downloadFile',
  params: { fileID: 'String!' },
  run(core, { fileID }) {
    const file = cloudStateOf(core).files.get(fileID)
    if (!file) return { ok: false, error: cloudError(-503003, `cloud.downloadFile:fail Error: errCode: -503003 STORAGE_FILE_NONEXIST | errMsg: storage file not exists`) }
    const files = filesOf(core)
    const ext = /\.[A-Za-z0-9]+$/.exec(file.cloudPath)?.[0] ?? ''
    const tempFilePath = files.tempPath(ext)
    files.write(tempFilePath, file.bytes)
    return { ok: true, data: { tempFilePath, statusCode: 200 } }
  },
}

type FileListItem = string | { fileID: string; maxAge?: number }

export const getTempFileURL: CloudMethod<{ fileList: FileListItem[] }> = {
  name: 'getTempFileURL',
  params: { fileList: 'Array!' },
  run(core, { fileList }) {
    const files = cloudStateOf(core).files
    return {
      ok: true,
      data: {
        fileList: fileList.map((item) => {
          const fileID = typeof item === 'string' ? item : item.fileID
          const maxAge = Math.min(typeof item === 'object' && typeof item.maxAge === 'number' ? item.maxAge : MAX_AGE_S, MAX_AGE_S)
          const url = files.has(fileID) ? tempUrlOf(core, fileID) : undefined
          return url ? { fileID, tempFileURL: url, maxAge, status: 0, errMsg: 'ok' } : { fileID, tempFileURL: '', maxAge, ...NONEXIST }
        }),
      },
    }
  },
}

export const deleteFile: CloudMethod<{ fileList: string[] }> = {
  name: 'deleteFile',
  params: { fileList: 'Array!' },
  run(core, { fileList }) {
    const files = cloudStateOf(core).files
    return {
      ok: true,
      data: { fileList: fileList.map((fileID) => (files.delete(fileID) ? { fileID, status: 0, errMsg: 'ok' } : { fileID, ...NONEXIST })) },
    }
  },
}
