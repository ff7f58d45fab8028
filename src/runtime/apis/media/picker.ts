import type { ApiContext } from '../../core.ts'
import { checkOsLayer } from '../../device/os-gate.ts'
import { ERRNO } from '../../errors/errno.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { failure, ok, type Outcome } from '../../errors/wx-error.ts'
import { makeImage, makeJpeg, makeMp4, padTo } from './image-bytes.ts'
import { bytesOf, extensionOfBytes, imageHeaderOf, writeTemp } from './media-files.ts'
import type { MediaPickerDetails, PickedFiles, PickedMedia } from './media-prompt-kinds.ts'
import { bitrateOf, DEFAULT_FPS, rememberVideo } from './video-meta.ts'

export type Source = 'album' | 'camera'
export type MediaKind = 'image' | 'video'

/** A file the picker left in the file store. */
export interface PickedFile {
  readonly fileType: MediaKind
  readonly tempFilePath: string
  readonly size: number
  readonly width: number
  readonly height: number
  /** Seconds (videos). */
  readonly duration: number
  /** Videos: a JPEG of the first frame. */
  readonly thumbTempFilePath?: string
}

export interface PickerRules {
  readonly kind: 'chooseMedia' | 'chooseImage' | 'chooseVideo'
  readonly details: MediaPickerDetails
  /** The kinds the picker shows. */
  readonly kinds: readonly MediaKind[]
  /** Whether images and videos may be picked together (chooseMedia 'mix'). */
  readonly mix: boolean
  /** Whether the picker hands back compressed copies (sizeType without 'original'; chooseVideo `compressed`). */
  readonly compressed: boolean
}

/** Fixture sizes: a phone photo (4:3 portrait) and a 720p portrait video of 10 s (the chooseMedia default maxDuration). */
const DEFAULT_PHOTO = { width: 1080, height: 1440 } as const
const DEFAULT_VIDEO = { width: 720, height: 1280, duration: 10 } as const
/** A compressed copy's JPEG quality (fixture value: the client's own compression rate is not documented, L). */
const COMPRESSED_QUALITY = 80

/** The API's sources, in the doc's default order, filtered to the two valid values (an empty or bad list → both, L). */
export function sourcesOf(sourceType: readonly string[] | undefined): Source[] {
  const valid = (sourceType ?? []).filter((s): s is Source => s === 'album' || s === 'camera')
  return valid.length ? [...new Set(valid)] : ['album', 'camera']
}

/**
 * The picker, start to finish: ask the user (kind named after the API), settle the source, pass WeChat's OS
 * permission for it, then turn the picked files into temp files. With one allowed source the picker opens it
 * directly, so the OS layer is checked before the user sees anything; with both, the user's answer says which.
 * Camera → the OS camera permission ("system permission denied", device/os-permissions.ts; L for these APIs:
 * no report of the exact text was found). Album → the OS photo-library permission (research.md §2.2 wording
 * for album APIs, L here). No mini program scope: scope.camera covers `<camera>`, not the system camera
 * (seed user-authorization.md scope table, H). Cancel → "<api>:fail cancel" (research.md §2.2, M; errno 1 as
 * chooseLocation).
 * Shipped apps also compare with "chooseImage:fail auth deny" and then ask for camera and album access (app code, M
 * that the text occurs; which client and trigger is unknown): reproduce it with
 * `rt.override('chooseImage', () => failure('auth deny', 103))`.
 */
export async function pick(ctx: ApiContext, rules: PickerRules): Promise<Outcome<PickedFile[]>> {
  const sources = sourcesOf(rules.details.sourceType)
  const only = sources.length === 1 ? sources[0] : undefined
  if (only) {
    const refused = await checkOsLayer(ctx, only)
    if (refused) return refused
  }
  const answer = await ctx.user.ask(rules.kind, ctx.api, rules.details)
  if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
  const chosen = typeof answer === 'object' && answer !== null && 'source' in answer ? answer : { source: undefined, files: answer }
  const source: Source = chosen.source ?? only ?? 'album'
  if (!sources.includes(source)) {
    throw new FakeWxError(
      `The user picked from the ${source}, but wx.${ctx.api} allows sourceType ${JSON.stringify(sources)}.`,
      `Answer with { source: '${sources[0]}', files } or leave source out.`,
    )
  }
  if (!only) {
    const refused = await checkOsLayer(ctx, source)
    if (refused) return refused
  }
  const wanted = listOf(chosen.files ?? 1, rules)
  checkPick(ctx, wanted, source, rules)
  return ok(wanted.map((m) => store(ctx, m, source, rules)))
}

function listOf(files: PickedFiles, rules: PickerRules): PickedMedia[] {
  if (typeof files === 'number') return Array.from({ length: files }, () => ({ type: rules.kinds[0] }))
  return Array.isArray(files) ? [...(files as readonly PickedMedia[])] : [files as PickedMedia]
}

/** What the picker UI would never let the user do is a test's mistake. */
function checkPick(ctx: ApiContext, files: PickedMedia[], source: Source, rules: PickerRules): void {
  const api = `wx.${ctx.api}`
  const max = source === 'camera' ? 1 : rules.details.count
  if (files.length > max) {
    const why = source === 'camera' ? 'the camera takes one photo or video at a time' : `count is ${max}`
    throw new FakeWxError(`The user picked ${files.length} files in ${api}, but ${why}.`, `Answer with at most ${max}.`)
  }
  const kinds = new Set(files.map((f) => f.type ?? rules.kinds[0]))
  for (const k of kinds) {
    if (!rules.kinds.includes(k as MediaKind)) {
      throw new FakeWxError(`The user picked a ${k} in ${api}, which shows only ${rules.kinds.join(' and ')}s.`)
    }
  }
  if (kinds.size > 1 && !rules.mix) {
    throw new FakeWxError(`The user picked images and videos together in ${api}; that needs mediaType to include 'mix' (chooseMedia doc).`)
  }
}

function store(ctx: ApiContext, m: PickedMedia, source: Source, rules: PickerRules): PickedFile {
  const fileType: MediaKind = m.type ?? rules.kinds[0] ?? 'image'
  if (fileType === 'video') {
    const width = m.width ?? DEFAULT_VIDEO.width
    const height = m.height ?? DEFAULT_VIDEO.height
    let duration = m.duration ?? Math.min(DEFAULT_VIDEO.duration, rules.details.maxDuration ?? DEFAULT_VIDEO.duration)
    // The camera stops at maxDuration ("拍摄视频最长拍摄时间"); the album is not limited ("不限制相册", doc, H).
    if (source === 'camera' && rules.details.maxDuration !== undefined) duration = Math.min(duration, rules.details.maxDuration)
    const bytes = padTo(m.data !== undefined ? bytesOf(m.data, `wx.${ctx.api} answer`) : makeMp4(), m.size)
    const tempFilePath = writeTemp(ctx, 'mp4', bytes)
    const thumbTempFilePath = writeTemp(ctx, 'jpg', makeJpeg(width, height))
    rememberVideo(ctx, tempFilePath, { width, height, duration, fps: DEFAULT_FPS, bitrate: bitrateOf(bytes.length, duration) })
    return { fileType, tempFilePath, size: bytes.length, width, height, duration, thumbTempFilePath }
  }
  const given = m.data !== undefined ? bytesOf(m.data, `wx.${ctx.api} answer`) : undefined
  const header = given && imageHeaderOf(given)
  const width = header?.width ?? m.width ?? DEFAULT_PHOTO.width
  const height = header?.height ?? m.height ?? DEFAULT_PHOTO.height
  // A compressed copy is a new JPEG of the same size in pixels (L: the client's scaling is not documented).
  const raw = rules.compressed ? makeJpeg(width, height, COMPRESSED_QUALITY) : (given ?? makeImage('jpeg', width, height))
  const bytes = padTo(raw, rules.compressed ? undefined : m.size)
  const tempFilePath = writeTemp(ctx, extensionOfBytes(bytes, 'jpg'), bytes)
  return { fileType, tempFilePath, size: bytes.length, width, height, duration: 0 }
}
