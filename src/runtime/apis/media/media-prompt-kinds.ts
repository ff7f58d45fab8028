import type { PromptKindSpec } from '../../user/prompt-kinds.ts'

/**
 * One file the user picks in a media picker (wx.chooseMedia / chooseImage / chooseVideo). Everything is
 * optional: `{}` is a default photo (1080×1440 JPEG). `data` are the file's real bytes (then width/height come
 * from them when they are an image); `size` pads the file to that many bytes; `duration` in seconds (videos).
 */
export interface PickedMedia {
  type?: 'image' | 'video'
  width?: number
  height?: number
  duration?: number
  size?: number
  data?: Uint8Array | ArrayBuffer | string
}

/** A count of default files (`2`), one file, or a list. */
export type PickedFiles = number | PickedMedia | readonly PickedMedia[]

/**
 * What the user does in a media picker: cancels, picks files (from the album, or from the API's only
 * allowed source), or says where from: `{ source: 'camera', files: [{ type: 'video', duration: 8 }] }`.
 */
export type MediaAnswer = 'cancel' | PickedFiles | { source: 'album' | 'camera'; files?: PickedFiles }

export interface MediaPickerDetails {
  count: number
  mediaType: readonly ('image' | 'video' | 'mix')[]
  sourceType: readonly ('album' | 'camera')[]
  sizeType: readonly string[]
  maxDuration?: number
  camera?: string
}

/** What the scanner reads: a string is a QR code's text; an object as wx.scanCode's success lists it. */
export type ScanAnswer =
  | 'cancel'
  | string
  | { result: string; scanType?: WechatMiniprogram.ScanCodeSuccessCallbackResult['scanType']; charSet?: string; path?: string; rawData?: string; source?: 'camera' | 'album' }

/** A file in a WeChat chat (wx.chooseMessageFile). */
export interface ChatFile {
  name: string
  type?: 'image' | 'video' | 'file'
  data?: Uint8Array | ArrayBuffer | string
  size?: number
  /** The message's send time, Unix seconds. */
  time?: number
}

/** wx.choosePoi: a city (type 1) or a place (type 2). */
export type PoiAnswer = 'cancel' | { city: string } | { name: string; address: string; city?: string }

export interface MediaPromptKinds {
  /** wx.chooseMedia's picker (album grid or camera). */
  chooseMedia: { details: MediaPickerDetails; answer: MediaAnswer }
  /** wx.chooseImage's picker. */
  chooseImage: { details: MediaPickerDetails; answer: MediaAnswer }
  /** wx.chooseVideo's picker (one video). */
  chooseVideo: { details: MediaPickerDetails; answer: MediaAnswer }
  /** wx.scanCode's scanner. */
  scanCode: { details: { onlyFromCamera: boolean; scanType: readonly string[] }; answer: ScanAnswer }
  /** wx.chooseMessageFile's chat file list: the files picked (or a count of default files), or cancel. */
  chooseMessageFile: { details: { count: number; type: string; extension?: readonly string[] }; answer: number | ChatFile | readonly ChatFile[] | 'cancel' }
  /** wx.choosePoi's map: a city or a place, or cancel. */
  choosePoi: { details: Record<string, never>; answer: PoiAnswer }
  /** wx.chooseLicensePlate's keyboard: the plate number, or cancel. */
  chooseLicensePlate: { details: Record<string, never>; answer: string | 'cancel' }
  /** wx.editImage's editor: done (the image as it was, or the edited size), or cancel. */
  editImage: { details: { src: string }; answer: 'done' | 'cancel' | { width: number; height: number } }
  /** wx.cropImage's crop frame at cropScale: done (the centred frame), or cancel. */
  cropImage: { details: { src: string; cropScale: string }; answer: 'done' | 'cancel' }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 1

function checkFiles(a: unknown): boolean {
  return isCount(a) || isRecord(a) || (Array.isArray(a) && a.length > 0 && a.every(isRecord))
}

const media = (title: string): PromptKindSpec => ({
  title,
  example: `[{ type: 'image', width: 1080, height: 1920 }]`,
  check: (a) =>
    a === 'cancel' ||
    (isRecord(a) && 'source' in a ? (a.source === 'album' || a.source === 'camera') && (a.files === undefined || checkFiles(a.files)) : checkFiles(a))
      ? undefined
      : `expected 'cancel', a count (1), a file { type, width, height, duration?, data?, size? }, a list of them, or { source: 'album' | 'camera', files }`,
})

export const MEDIA_PROMPT_KINDS: { readonly [K in keyof MediaPromptKinds]: PromptKindSpec } = {
  chooseMedia: media('media picker (wx.chooseMedia)'),
  chooseImage: media('image picker (wx.chooseImage)'),
  chooseVideo: media('video picker (wx.chooseVideo)'),
  scanCode: {
    title: 'scanner (wx.scanCode)',
    example: `{ result: 'https://example.com', scanType: 'QR_CODE' }`,
    check: (a) => (typeof a === 'string' || (isRecord(a) && typeof a.result === 'string') ? undefined : `expected 'cancel', the code's text, or { result, scanType?, charSet?, path?, rawData? }`),
  },
  chooseMessageFile: {
    title: 'chat file list (wx.chooseMessageFile)',
    example: `[{ name: 'report.pdf', data: 'bytes' }]`,
    check: (a) =>
      a === 'cancel' || isCount(a) || (isRecord(a) && typeof a.name === 'string') || (Array.isArray(a) && a.length > 0 && a.every((f) => isRecord(f) && typeof f.name === 'string'))
        ? undefined
        : `expected 'cancel', a count, a file { name, type?, data?, size?, time? } or a list of them`,
  },
  choosePoi: {
    title: 'place picker (wx.choosePoi)',
    example: `{ name: '腾讯大厦', address: '广东省深圳市南山区深南大道10000号' }`,
    check: (a) =>
      a === 'cancel' || (isRecord(a) && (typeof a.city === 'string' || (typeof a.name === 'string' && typeof a.address === 'string')))
        ? undefined
        : `expected 'cancel', { city } or { name, address, city? }`,
  },
  chooseLicensePlate: {
    title: 'licence plate keyboard (wx.chooseLicensePlate)',
    example: `'粤B12345'`,
    check: (a) => (typeof a === 'string' && a !== '' ? undefined : `expected 'cancel' or the plate number, e.g. '粤B12345'`),
  },
  editImage: {
    title: 'image editor (wx.editImage)',
    example: `'done'`,
    check: (a) =>
      a === 'done' || a === 'cancel' || (isRecord(a) && isCount(a.width) && isCount(a.height)) ? undefined : `expected 'done', 'cancel' or { width, height } of the edited image`,
  },
  cropImage: {
    title: 'crop frame (wx.cropImage)',
    example: `'done'`,
    check: (a) => (a === 'done' || a === 'cancel' ? undefined : `expected 'done' or 'cancel'`),
  },
}
