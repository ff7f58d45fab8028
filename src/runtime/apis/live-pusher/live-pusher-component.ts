// https://developers.weixin.qq.com/miniprogram/dev/component/live-pusher.html (1.7.0)
// "实时音视频录制 … 需要用户授权 scope.camera、scope.record" (H). Refusals arrive through binderror with
// detail {errMsg, errCode}: 10001 用户禁止使用摄像头, 10002 用户禁止使用录音 (LivePusherError in the
// typings, H; the old doc's 1001/1002 was a typo, fixed 2018 — research.md §3.2). States arrive through
// bindstatechange {code} (LivePusherStateChange, H). "开发者工具上暂不支持 live-pusher" (typings, H).
import { referrerOf, requestThroughLayers } from '../../facade/request-layers.ts'
import { checkPrivacy } from '../../privacy/privacy-gate.ts'
import { privacyTypesOfGuard } from '../../privacy/privacy-apis.ts'
import { checkboxApplies } from '../../privacy/privacy-checkbox.ts'
import type { EventHandler, MountedComponent } from '../../components/component-host.ts'
import { insertComponent } from '../../components/component-host.ts'
import type { RuntimeCore } from '../../core.ts'

/** The scopes it asks, in order ("需要用户授权 scope.camera、scope.record"). */
const SCOPES_ASKED = ['scope.camera', 'scope.record'] as const

/** `<live-pusher>` attributes, camelCased (WXML `enable-camera` → `enableCamera`), and its event handlers. */
export interface LivePusherAttributes {
  id?: string
  /** The push URL (rtmp://…). */
  url?: string
  mode?: 'SD' | 'HD' | 'FHD' | 'RTC'
  /** Start pushing as soon as the component is ready. Default false. */
  autopush?: boolean
  /** Default true. */
  enableCamera?: boolean
  muted?: boolean
  devicePosition?: 'front' | 'back'
  bindstatechange?: EventHandler<{ code: number }>
  binderror?: EventHandler<{ errMsg: string; errCode: number }>
  bindnetstatus?: EventHandler<{ info: object }>
}

/**
 * binderror codes and their texts (LivePusherError, H). The errMsg the client puts beside the code is
 * not documented (research.md §3.2, "?"): the code's own description is used.
 */
export const LIVE_PUSHER_ERRORS = {
  cameraDenied: { errCode: 10001, errMsg: '用户禁止使用摄像头' },
  recordDenied: { errCode: 10002, errMsg: '用户禁止使用录音' },
} as const

/**
 * bindstatechange codes on the way to pushing (LivePusherStateChange, H): 1003 打开摄像头成功, 1008 编码器启动,
 * 1007 首帧画面采集完成, 1001 已经连接推流服务器, 1002 已经与服务器握手完毕,开始推流. The order is the push SDK's
 * usual one (L: no source lists the sequence).
 */
export const LIVE_PUSHER_STATES = { cameraOpened: 1003, encoderStarted: 1008, firstFrame: 1007, connected: 1001, pushing: 1002 } as const

export function mountLivePusher(core: RuntimeCore, attributes: LivePusherAttributes): MountedComponent {
  return insertComponent(core, 'live-pusher', attributes, async (ctx, host) => {
    if (ctx.config.platform === 'devtools') {
      ctx.trace.record({ type: 'note', text: '<live-pusher> is not supported in DevTools ("开发者工具上暂不支持"): nothing happens' })
      return
    }
    // Both scopes are asked; the two dialogs queue one after the other (FIFO). Each goes through the privacy
    // agreement and WeChat's OS permission too (facade/request-layers.ts); a refusal at any layer reads as
    // 用户禁止使用摄像头 / 录音 — no source gives other codes for those layers (L).
    // One component, one privacy request for both its data types (microphone and camera): a single
    // onNeedPrivacyAuthorization event with referrer 'live-pusher' (one per triggering API or component, [T:28814] H),
    // not one per scope — an app keeping only the last `resolve` would otherwise leave the pusher pending for ever.
    // Base library ≥ 3.4.2: the consent rides as a checkbox on the first of its dialogs that shows (privacy-checkbox.ts).
    const dialogScope = SCOPES_ASKED.find((scope) => checkboxApplies(ctx, scope))
    const privacy = await checkPrivacy(ctx, privacyTypesOfGuard('<live-pusher>'), referrerOf('<live-pusher>'), dialogScope)
    if (!host.mounted) return
    if (privacy && !privacy.ok) {
      host.dispatch('error', { ...LIVE_PUSHER_ERRORS.cameraDenied })
      host.dispatch('error', { ...LIVE_PUSHER_ERRORS.recordDenied })
      return
    }
    const [camera, record] = await Promise.all([
      requestThroughLayers(ctx, '<live-pusher>', SCOPES_ASKED[0]),
      requestThroughLayers(ctx, '<live-pusher>', SCOPES_ASKED[1]),
    ])
    if (!host.mounted) return
    if (camera.stop !== 'none') host.dispatch('error', { ...LIVE_PUSHER_ERRORS.cameraDenied })
    if (record.stop !== 'none') host.dispatch('error', { ...LIVE_PUSHER_ERRORS.recordDenied })
    if (camera.stop !== 'none' || record.stop !== 'none') return

    const withCamera = attributes.enableCamera !== false
    const states: number[] = withCamera ? [LIVE_PUSHER_STATES.cameraOpened] : []
    if (attributes.autopush && attributes.url) {
      states.push(LIVE_PUSHER_STATES.encoderStarted)
      if (withCamera) states.push(LIVE_PUSHER_STATES.firstFrame)
      states.push(LIVE_PUSHER_STATES.connected, LIVE_PUSHER_STATES.pushing)
    }
    for (const code of states) host.dispatch('statechange', { code })
  })
}
