// https://developers.weixin.qq.com/miniprogram/dev/api/media/recorder/wx.stopRecord.html
// Deprecated since 1.6.0. Ends wx.startRecord's recording, whose success then gets the file; stopRecord
// itself succeeds with GeneralCallbackResult, also when nothing records (L: no failure documented).
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { endLegacyRecording } from './legacy-recording.ts'

export const stopRecord = defineAsyncApi({
  name: 'stopRecord',
  run(ctx) {
    endLegacyRecording(ctx)
    return ok({})
  },
})
