// https://developers.weixin.qq.com/miniprogram/dev/api/media/recorder/wx.startRecord.html
// Deprecated since 1.6.0 (use wx.getRecorderManager) but still used. Scope scope.record. Records until
// wx.stopRecord or for 1 minute; then success gets { tempFilePath } (StartRecordSuccessCallbackResult, H).
// The file is silk, the format of this old API (M).
import { ok } from '../../errors/wx-error.ts'
import { foregroundOnly } from '../../events/app-visibility.ts'
import { createTempFile } from '../../device/temp-files.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { endLegacyRecording, legacyRecording } from './legacy-recording.ts'

export const LEGACY_RECORD_LIMIT_MS = 60_000
/** Bytes per ms of a silk voice recording (about 16 kbit/s, fixture value). */
const SILK_BYTES_PER_MS = 2

export const startRecord = defineAsyncApi({
  name: 'startRecord',
  scope: 'scope.record',
  run(ctx) {
    const hidden = foregroundOnly(ctx)
    if (hidden) return hidden
    // A second startRecord ends the first one (it gets its file), then records anew (L: not documented).
    endLegacyRecording(ctx)
    const recording = legacyRecording(ctx)
    const startedAt = ctx.clock.now()
    return new Promise((resolve) => {
      const end = () => {
        if (recording.end !== end) return
        recording.end = undefined
        cancel()
        const ms = ctx.clock.now() - startedAt
        resolve(ok<PayloadOf<'startRecord'>>({ tempFilePath: createTempFile(ctx, 'silk', ms * SILK_BYTES_PER_MS) }))
      }
      const cancel = ctx.clock.schedule(LEGACY_RECORD_LIMIT_MS, end)
      recording.end = end
    })
  },
})
