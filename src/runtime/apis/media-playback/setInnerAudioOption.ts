// https://developers.weixin.qq.com/miniprogram/dev/api/media/audio/wx.setInnerAudioOption.html
// "设置 InnerAudioContext 的播放选项。设置之后对当前小程序全局生效" (2.3.0): mixWithOther (default true),
// obeyMuteSwitch (default true, iOS), speakerOn (default true) (doc, H). Kept per runtime; readable with
// `innerAudioOption(core)` (nothing else in the runtime plays sound, so no rule reads them yet).
import { stateOf, type RuntimeCore } from '../../core.ts'
import { ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export interface InnerAudioOption {
  mixWithOther: boolean
  obeyMuteSwitch: boolean
  speakerOn: boolean
}

export const innerAudioOption = (core: RuntimeCore): InnerAudioOption =>
  stateOf(core, 'media.innerAudioOption', () => ({ mixWithOther: true, obeyMuteSwitch: true, speakerOn: true }))

export const setInnerAudioOption = defineAsyncApi({
  name: 'setInnerAudioOption',
  params: { mixWithOther: 'Boolean', obeyMuteSwitch: 'Boolean', speakerOn: 'Boolean' },
  run(ctx, o) {
    const option = innerAudioOption(ctx)
    for (const key of ['mixWithOther', 'obeyMuteSwitch', 'speakerOn'] as const) if (typeof o[key] === 'boolean') option[key] = o[key]
    return ok({})
  },
})
