// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeDeviceMessage.html
// Base library 2.20.0. "订阅设备消息接口，调用后弹出授权框" (H); modelId, sn, snTicket required; "一次调用最多可订阅3条消息"
// (H). The same panel and settings as wx.requestSubscribeMessage; only device templates (`kind: 'device'`).
// Not modelled: the snTicket checks (19720726 check sn_ticket fail, 19720727 sn_ticket expire; doc table).
import type { Outcome } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { subscribe } from './subscribe-flow.ts'

export const DEVICE_MESSAGE_MAX_TEMPLATES = 3

export const requestSubscribeDeviceMessage = defineAsyncApi({
  name: 'requestSubscribeDeviceMessage',
  params: { tmplIds: 'Array!', sn: 'String!', snTicket: 'String!', modelId: 'String!' },
  run(ctx, { tmplIds }) {
    // A template of another kind: the doc's 20001 "No template data return" (tmplId does not exist for this device; M).
    return subscribe(ctx, tmplIds, { kinds: ['device'], wrongKind: 20001, max: DEVICE_MESSAGE_MAX_TEMPLATES }) as Promise<Outcome<PayloadOf<'requestSubscribeDeviceMessage'>>>
  },
})
