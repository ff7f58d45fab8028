import { saveImageToPhotosAlbum } from './saveImageToPhotosAlbum.ts'
import { saveVideoToPhotosAlbum } from './saveVideoToPhotosAlbum.ts'

export const ALBUM_APIS = [saveImageToPhotosAlbum, saveVideoToPhotosAlbum] as const
