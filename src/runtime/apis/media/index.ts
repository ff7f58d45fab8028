import { chooseImage } from './chooseImage.ts'
import { chooseMedia } from './chooseMedia.ts'
import { chooseVideo } from './chooseVideo.ts'

export const MEDIA_APIS = [chooseMedia, chooseImage, chooseVideo] as const
