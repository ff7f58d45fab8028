// https://developers.weixin.qq.com/miniprogram/dev/api/media/voip/wx.exitVoIPChat.html (2.7.0)
// Leaves the real-time voice room; a later wx.joinVoIPChat may join again.
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { voipState } from './voip-room.ts'

export const exitVoIPChat = defineAsyncApi({
  name: 'exitVoIPChat',
  run(ctx) {
    voipState(ctx).joined = undefined
    return ok({})
  },
})
