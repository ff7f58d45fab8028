// The legacy file APIs the current typings no longer list (wx.saveFile, wx.getSavedFileList, wx.getSavedFileInfo,
// wx.removeSavedFile, wx.getFileInfo: "从基础库 2.19.0 开始，本接口停止维护，请使用 FileSystemManager.xxx 代替", doc
// pages, H). The client still has them; their option and result types, as those doc pages list them, are added to
// WechatMiniprogram.Wx here so `rt.wx.saveFile(…)` type-checks.
export {}

declare global {
  namespace WechatMiniprogram {
    interface LegacyFileCallbacks<R> {
      success?: (res: R & { errMsg: string }) => void
      fail?: (res: { errMsg: string }) => void
      complete?: (res: { errMsg: string }) => void
    }
    interface LegacySaveFileOption extends LegacyFileCallbacks<{ savedFilePath: string }> {
      /** 需要保存的文件的临时路径 (本地路径) */
      tempFilePath: string
    }
    interface LegacySavedFileItem {
      filePath: string
      size: number
      createTime: number
    }
    interface LegacyGetSavedFileListOption extends LegacyFileCallbacks<{ fileList: LegacySavedFileItem[] }> {}
    interface LegacyGetSavedFileInfoOption extends LegacyFileCallbacks<{ size: number; createTime: number }> {
      filePath: string
    }
    interface LegacyRemoveSavedFileOption extends LegacyFileCallbacks<object> {
      filePath: string
    }
    interface LegacyGetFileInfoOption extends LegacyFileCallbacks<{ size: number; digest: string }> {
      filePath: string
      /** 计算文件摘要的算法: md5 (default) | sha1 */
      digestAlgorithm?: 'md5' | 'sha1'
    }
    interface Wx {
      saveFile<T extends LegacySaveFileOption = LegacySaveFileOption>(option: T): PromisifySuccessResult<T, LegacySaveFileOption>
      getSavedFileList<T extends LegacyGetSavedFileListOption = LegacyGetSavedFileListOption>(
        option?: T,
      ): PromisifySuccessResult<T, LegacyGetSavedFileListOption>
      getSavedFileInfo<T extends LegacyGetSavedFileInfoOption = LegacyGetSavedFileInfoOption>(
        option: T,
      ): PromisifySuccessResult<T, LegacyGetSavedFileInfoOption>
      removeSavedFile<T extends LegacyRemoveSavedFileOption = LegacyRemoveSavedFileOption>(
        option: T,
      ): PromisifySuccessResult<T, LegacyRemoveSavedFileOption>
      getFileInfo<T extends LegacyGetFileInfoOption = LegacyGetFileInfoOption>(option: T): PromisifySuccessResult<T, LegacyGetFileInfoOption>
    }
  }
}
