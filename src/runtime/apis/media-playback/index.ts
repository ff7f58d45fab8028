import { createInnerAudioContext } from './createInnerAudioContext.ts'
import { setInnerAudioOption } from './setInnerAudioOption.ts'

/** Playing audio and video: InnerAudioContext on the runtime clock, fixtures in rt.device.media. */
export const MEDIA_PLAYBACK_APIS = [createInnerAudioContext, setInnerAudioOption] as const
