// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html
// Base library 2.32.3. "覆盖式注册监听，若重复注册监听，则只有最后一次注册会生效" [T:28842] (H): one listener,
// the last one registered. There is no off function.
import { defineSyncApi } from '../../facade/define-api.ts'
import { privacyOf, type PrivacyListener } from '../../privacy/privacy-state.ts'

export const onNeedPrivacyAuthorization = defineSyncApi({
  name: 'onNeedPrivacyAuthorization',
  run(ctx, listener) {
    if (typeof listener !== 'function') {
      ctx.trace.record({ type: 'note', text: 'wx.onNeedPrivacyAuthorization ignored a listener that is not a function' })
      return
    }
    const state = privacyOf(ctx)
    if (state.listener) ctx.trace.record({ type: 'note', text: 'privacy: a new onNeedPrivacyAuthorization listener replaces the previous one' })
    state.listener = listener as unknown as PrivacyListener
  },
})
