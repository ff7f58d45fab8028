import { createAudioContext } from './createAudioContext.ts'
import { createInnerAudioContext } from './createInnerAudioContext.ts'
import { createVideoContext } from './createVideoContext.ts'
import { setInnerAudioOption } from './setInnerAudioOption.ts'

/** Playing audio and video: InnerAudioContext on the runtime clock, fixtures in rt.device.media;
 * the <audio> / <video> contexts, their state in rt.players. */
export const MEDIA_PLAYBACK_APIS = [createInnerAudioContext, setInnerAudioOption, createAudioContext, createVideoContext] as const
