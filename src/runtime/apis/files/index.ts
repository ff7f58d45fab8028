import { getFileSystemManager } from './getFileSystemManager.ts'

/** The file system: wx.getFileSystemManager over the runtime's files (device/files.ts), user dir wx.env.USER_DATA_PATH. */
export const FILES_APIS = [getFileSystemManager] as const
