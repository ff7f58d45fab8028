import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'

/**
 * What the phone knows about a video file beyond its bytes (fake-wx's mp4 files carry no real track):
 * recorded when a picker or compressVideo writes one, read by wx.getVideoInfo and wx.compressVideo.
 */
export interface VideoMeta {
  readonly width: number
  readonly height: number
  /** Seconds. */
  readonly duration: number
  readonly fps: number
  /** kbps. */
  readonly bitrate: number
}

/** Fixture values of a phone recording (30 fps; the bitrate follows from size and duration when known). */
export const DEFAULT_FPS = 30

const metaOf = (core: RuntimeCore) => stateOf(core, 'media.videos', () => new Map<string, VideoMeta>())

export function rememberVideo(core: RuntimeCore, path: string, meta: VideoMeta): void {
  metaOf(core).set(path, meta)
}

export function videoMeta(core: RuntimeCore, path: string): VideoMeta | undefined {
  return metaOf(core).get(path)
}

/** kbps of `bytes` over `seconds` (at least 1). */
export const bitrateOf = (bytes: number, seconds: number): number => Math.max(1, Math.round((bytes * 8) / 1000 / Math.max(seconds, 0.001)))
