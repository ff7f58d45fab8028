// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
// Base library 2.4.4. "调起客户端小程序订阅消息界面，返回用户订阅消息的操作结果" (H). Tap only from 2.8.2
// ("用户发生点击行为或者发起支付回调后，才可以调起订阅消息界面"; user/gestures.ts TAP_ONLY_APIS, the facade enforces it).
// Success: `{ errMsg: 'requestSubscribeMessage:ok', [tmplId]: 'accept' | 'reject' | 'ban' | 'filter' }` (H).
// "一次性模板 id 和永久模板 id 不可同时使用" → 20002; a device template → 20013; kept choices answer without a panel;
// the main switch off → 20004 (subscribe-flow.ts).
import type { Outcome } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'
import { subscribe } from './subscribe-flow.ts'
import { subscribeStateOf } from './subscribe-state.ts'

export const requestSubscribeMessage = defineAsyncApi({
  name: 'requestSubscribeMessage',
  params: { tmplIds: 'Array!' },
  run(ctx, { tmplIds }) {
    const max = subscribeStateOf(ctx).maxTemplates
    return subscribe(ctx, tmplIds, { kinds: ['once', 'long'], wrongKind: 20013, max }) as Promise<Outcome<PayloadOf<'requestSubscribeMessage'>>>
  },
})
