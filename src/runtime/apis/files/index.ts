import { getFileInfo } from './getFileInfo.ts'
import { getFileSystemManager } from './getFileSystemManager.ts'
import { getSavedFileInfo } from './getSavedFileInfo.ts'
import { getSavedFileList } from './getSavedFileList.ts'
import { openDocument } from './openDocument.ts'
import { removeSavedFile } from './removeSavedFile.ts'
import { saveFile } from './saveFile.ts'

/**
 * The file system: wx.getFileSystemManager over the runtime's files (device/files.ts), user dir wx.env.USER_DATA_PATH;
 * the legacy saved-file APIs over the same store; wx.openDocument.
 */
export const FILES_APIS = [getFileSystemManager, saveFile, getSavedFileList, getSavedFileInfo, removeSavedFile, getFileInfo, openDocument] as const
