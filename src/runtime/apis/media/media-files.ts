import type { ApiContext } from '../../core.ts'
import { filesOf } from '../../device/files.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { readImageHeader, type ImageHeader } from './image-header.ts'

/**
 * The media APIs' files live in the runtime's one file store (device/files.ts `filesOf`): a picked photo, a
 * compressed copy, a canvas export are temporary files (`wxfile://tmp_…` on phones, `http://tmp/…` in
 * DevTools) with real bytes, so wx.uploadFile sends them, wx.saveImageToPhotosAlbum saves them and
 * wx.getImageInfo reads their size back.
 */
export function writeTemp(ctx: ApiContext, extension: string, bytes: Uint8Array): string {
  const files = filesOf(ctx)
  const path = files.tempPath(`.${extension}`)
  files.write(path, bytes)
  return path
}

/** The bytes of a local file (temp, saved, user data path), or undefined. */
export function readLocal(ctx: ApiContext, path: string): Uint8Array | undefined {
  return filesOf(ctx).read(path)
}

/** Bytes a test handed in a prompt answer: a string is its UTF-8 text (as rt.files.write takes it). */
export function bytesOf(data: Uint8Array | ArrayBuffer | string, where: string): Uint8Array {
  if (typeof data === 'string') return new TextEncoder().encode(data)
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0))
  if (data instanceof Uint8Array) return data.slice()
  throw new FakeWxError(`${where}: data must be a Uint8Array, an ArrayBuffer or a string.`)
}

/** The header of an image file's bytes, when they are an image. */
export const imageHeaderOf = (bytes: Uint8Array): ImageHeader | undefined => readImageHeader(bytes)

/** 'jpg' for a JPEG's bytes, 'png', 'gif' …; `fallback` when unknown. */
export function extensionOfBytes(bytes: Uint8Array, fallback: string): string {
  const header = readImageHeader(bytes)
  if (!header) return fallback
  return header.type === 'jpeg' ? 'jpg' : header.type === 'unknown' ? fallback : header.type
}
