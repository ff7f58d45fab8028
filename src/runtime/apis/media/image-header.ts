/**
 * What wx.getImageInfo reads from an image's own bytes: format, size in pixels ("图片原始宽度/高度，单位px。
 * 不考虑旋转", typings, H) and the EXIF orientation of a JPEG ("拍照时设备方向 … 对应 Exif 中的 1…8", typings, H).
 * PNG (IHDR), GIF (logical screen), JPEG (SOFn; APP1 Exif 0x0112), WebP (VP8 / VP8L / VP8X), TIFF / BMP
 * headers. Undefined when the bytes are no image this reader knows.
 */
export type ImageType = WechatMiniprogram.GetImageInfoSuccessCallbackResult['type']
export type Orientation = WechatMiniprogram.GetImageInfoSuccessCallbackResult['orientation']

export interface ImageHeader {
  /**
   * The documented values ('unknown' | 'jpeg' | 'png' | 'gif' | 'tiff', typings H). WebP and BMP are not in the
   * documented list: reported as 'unknown' with their size (L: the client's text for them was not found).
   */
  readonly type: ImageType
  readonly width: number
  readonly height: number
  readonly orientation: Orientation
}

const ORIENTATIONS: readonly Orientation[] = ['up', 'up-mirrored', 'down', 'down-mirrored', 'left-mirrored', 'right', 'right-mirrored', 'left']

const be16 = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const le16 = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8)
const be32 = (b: Uint8Array, i: number) => ((be16(b, i) << 16) | be16(b, i + 2)) >>> 0
const le32 = (b: Uint8Array, i: number) => ((le16(b, i + 2) << 16) | le16(b, i)) >>> 0
const ascii = (b: Uint8Array, i: number, n: number) => String.fromCharCode(...b.subarray(i, i + n))

export function readImageHeader(b: Uint8Array): ImageHeader | undefined {
  if (b.length >= 24 && be32(b, 0) === 0x89504e47 && ascii(b, 12, 4) === 'IHDR') {
    return { type: 'png', width: be32(b, 16), height: be32(b, 20), orientation: 'up' }
  }
  if (b.length >= 10 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) {
    return { type: 'gif', width: le16(b, 6), height: le16(b, 8), orientation: 'up' }
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return readJpeg(b)
  if (b.length >= 30 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return readWebp(b)
  if (b.length >= 26 && ascii(b, 0, 2) === 'BM') return { type: 'unknown', width: le32(b, 18), height: Math.abs(le32(b, 22) | 0), orientation: 'up' }
  if (b.length >= 8 && (ascii(b, 0, 4) === 'II*\0' || ascii(b, 0, 4) === 'MM\0*')) return readTiff(b)
  return undefined
}

function readJpeg(b: Uint8Array): ImageHeader | undefined {
  let orientation: Orientation = 'up'
  let i = 2
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return undefined
    const marker = b[i + 1] ?? 0
    if (marker === 0xff) { i++; continue }
    const length = be16(b, i + 2)
    if (marker === 0xe1 && ascii(b, i + 4, 6) === 'Exif\0\0') orientation = exifOrientation(b.subarray(i + 10, i + 2 + length)) ?? orientation
    // SOF0…SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { type: 'jpeg', height: be16(b, i + 5), width: be16(b, i + 7), orientation }
    }
    if (marker === 0xd9 || marker === 0xda) return undefined
    i += 2 + length
  }
  return undefined
}

/** Tag 0x0112 of IFD0 in a TIFF block (an Exif APP1's body or a TIFF file). */
function exifOrientation(t: Uint8Array): Orientation | undefined {
  if (t.length < 8) return undefined
  const little = ascii(t, 0, 2) === 'II'
  const r16 = little ? le16 : be16
  const r32 = little ? le32 : be32
  const ifd = r32(t, 4)
  const entries = r16(t, ifd)
  for (let n = 0; n < entries; n++) {
    const e = ifd + 2 + n * 12
    if (r16(t, e) === 0x0112) return ORIENTATIONS[r16(t, e + 8) - 1]
  }
  return undefined
}

function readTiff(b: Uint8Array): ImageHeader | undefined {
  const little = b[0] === 0x49
  const r16 = little ? le16 : be16
  const r32 = little ? le32 : be32
  const ifd = r32(b, 4)
  let width = 0
  let height = 0
  for (let n = 0; n < r16(b, ifd); n++) {
    const e = ifd + 2 + n * 12
    const value = r16(b, e + 2) === 3 ? r16(b, e + 8) : r32(b, e + 8)
    if (r16(b, e) === 0x0100) width = value
    if (r16(b, e) === 0x0101) height = value
  }
  return { type: 'tiff', width, height, orientation: exifOrientation(b) ?? 'up' }
}

function readWebp(b: Uint8Array): ImageHeader | undefined {
  const chunk = ascii(b, 12, 4)
  const at = (w: number, h: number): ImageHeader => ({ type: 'unknown', width: w, height: h, orientation: 'up' })
  if (chunk === 'VP8 ') return at(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff)
  if (chunk === 'VP8L') {
    const bits = le32(b, 21)
    return at((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1)
  }
  if (chunk === 'VP8X') {
    const w = (b[24] ?? 0) | ((b[25] ?? 0) << 8) | ((b[26] ?? 0) << 16)
    const h = (b[27] ?? 0) | ((b[28] ?? 0) << 8) | ((b[29] ?? 0) << 16)
    return at(w + 1, h + 1)
  }
  return undefined
}
