import type { ApiContext } from '../../core.ts'
import { filesOf } from '../../device/files.ts'
import { tempFile } from '../../device/temp-files.ts'
import { failure, ok, type Outcome } from '../../errors/wx-error.ts'

/**
 * Missing file: "<api>:fail file not found" — the text shipped apps compare with most often
 * (`res.errMsg === 'saveImageToPhotosAlbum:fail file not found'` in several unrelated codebases, M);
 * "file not exists" and "get file data fail" are seen next to it in a helper that checks all three (M).
 * A network URL is no file on the phone ("不支持网络路径", doc, H) and fails the same way (L: wording not found).
 */
export const FILE_NOT_FOUND = 'file not found'

/** Image API given something that is not an image: "saveImageToPhotosAlbum:fail invalid file type" (M: compared with in app code). */
export const INVALID_IMAGE = 'invalid file type'

/** Video API given something that is not mp4 ("支持mp4视频格式", doc, H): "saveVideoToPhotosAlbum:fail invalid video" (M: app code). */
export const INVALID_VIDEO = 'invalid video'

const IMAGE_EXTENSIONS: ReadonlySet<string> = new Set(['jpg', 'jpeg', 'png', 'gif', 'webp', 'bmp', 'heic', 'heif'])

/** The extension of a path, lower case, without the dot ('' when there is none). */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1)
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Whether the phone has a file at `path`: one the test wrote or wx.downloadFile saved (`rt.files`,
 * device/files.ts), or a temp file a capability left (a photo, a recording: device/temp-files.ts).
 */
function fileExists(ctx: ApiContext, path: string): boolean {
  return filesOf(ctx).read(path) !== undefined || tempFile(ctx, path) !== undefined
}

/**
 * The body of both album APIs, after the scope (the native side asks for the album permission first, then
 * reads the file: L, the order is not documented): check the file, then save it to `rt.device.album`.
 */
export function saveToAlbum(ctx: ApiContext, filePath: string, kind: 'image' | 'video'): Outcome<object> {
  if (!fileExists(ctx, filePath)) return failure(FILE_NOT_FOUND)
  const ext = extensionOf(filePath)
  if (kind === 'image' && !IMAGE_EXTENSIONS.has(ext)) return failure(INVALID_IMAGE)
  if (kind === 'video' && ext !== 'mp4') return failure(INVALID_VIDEO)
  ctx.device.album.add({ kind, filePath, savedAt: ctx.clock.now() })
  return ok({})
}
