import { canvasToTempFilePath } from './canvasToTempFilePath.ts'
import { chooseImage } from './chooseImage.ts'
import { chooseMedia } from './chooseMedia.ts'
import { chooseMessageFile } from './chooseMessageFile.ts'
import { chooseVideo } from './chooseVideo.ts'
import { compressImage } from './compressImage.ts'
import { compressVideo } from './compressVideo.ts'
import { cropImage } from './cropImage.ts'
import { editImage } from './editImage.ts'
import { getImageInfo } from './getImageInfo.ts'
import { getVideoInfo } from './getVideoInfo.ts'
import { previewImage } from './previewImage.ts'
import { previewMedia } from './previewMedia.ts'
import { scanCode } from './scanCode.ts'

export const MEDIA_APIS = [
  chooseMedia,
  chooseImage,
  chooseVideo,
  previewImage,
  previewMedia,
  getImageInfo,
  compressImage,
  canvasToTempFilePath,
  scanCode,
  chooseMessageFile,
  getVideoInfo,
  compressVideo,
  editImage,
  cropImage,
] as const
