import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'

/**
 * The recording of the deprecated wx.startRecord: its success arrives when the recording ends, by
 * wx.stopRecord or after one minute ("当主动调用 wx.stopRecord，或者录音超过1分钟时自动结束录音", H).
 */
interface LegacyRecording {
  end: (() => void) | undefined
}

export const legacyRecording = (core: RuntimeCore) => stateOf<LegacyRecording>(core, 'record.legacy', () => ({ end: undefined }))

/** Ends the running wx.startRecord recording, if any: its success callback gets the file. */
export function endLegacyRecording(core: RuntimeCore): void {
  legacyRecording(core).end?.()
}
