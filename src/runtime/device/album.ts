import type { Trace } from '../trace/trace.ts'
import { SavedItems } from './saved-items.ts'

/** A photo or video saved to the phone's album by wx.saveImageToPhotosAlbum / wx.saveVideoToPhotosAlbum. */
export interface AlbumItem {
  readonly kind: 'image' | 'video'
  /** The filePath the mini program passed. */
  readonly filePath: string
  /** The runtime clock (ms) when it was saved. */
  readonly savedAt: number
}

/** The phone's photo album as the mini program can write to it: `rt.device.album.items` (or `.images`, `.videos`). */
export class PhotoAlbum extends SavedItems<AlbumItem> {
  constructor(trace: Trace) {
    super(trace, 'album.save', (item) => item.filePath)
  }

  get images(): readonly AlbumItem[] {
    return this.items.filter((i) => i.kind === 'image')
  }

  get videos(): readonly AlbumItem[] {
    return this.items.filter((i) => i.kind === 'video')
  }
}
