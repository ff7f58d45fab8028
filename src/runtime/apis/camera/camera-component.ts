// https://developers.weixin.qq.com/miniprogram/dev/component/camera.html
// "系统相机 … 需要用户授权 scope.camera"; binderror "用户不允许使用摄像头时触发"; bindinitdone (2.7.0)
// "e.detail = {maxZoom}" (maxZoom from 2.10.0); bindstop "摄像头在非正常终止时触发，如退出后台等情况";
// "同一页面只能插入一个 camera 组件" (H). The page here is the runtime's one headless page.
import type { ComponentHost, EventHandler, MountedComponent } from '../../components/component-host.ts'
import { insertComponent } from '../../components/component-host.ts'
import { compareVersion } from '../../config.ts'
import type { RuntimeCore } from '../../core.ts'
import { stateOf } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { authDenyReason } from '../../errors/dialects.ts'
import { errMsgOf } from '../../errors/wx-error.ts'
import { requestThroughLayers } from '../../facade/request-layers.ts'

/** `<camera>` attributes, camelCased (WXML `device-position` → `devicePosition`), and its event handlers. */
export interface CameraAttributes {
  id?: string
  mode?: 'normal' | 'scanCode'
  resolution?: 'low' | 'medium' | 'high'
  devicePosition?: 'front' | 'back'
  flash?: 'auto' | 'on' | 'off' | 'torch'
  frameSize?: 'small' | 'medium' | 'large'
  bindinitdone?: EventHandler<{ maxZoom?: number }>
  binderror?: EventHandler<{ errMsg: string }>
  bindstop?: EventHandler
  bindscancode?: EventHandler
}

/** What the phone's camera is like; a fixture of the mount. */
export interface CameraFixture {
  /** The largest zoom `bindinitdone` reports and `CameraContext.setZoom` accepts. Default 10 (a fixture value). */
  maxZoom?: number
}

/** A mounted `<camera>`. */
export interface CameraHandle extends MountedComponent {
  /** The camera stops abnormally (another app takes it, the system ends it): `bindstop` fires. */
  interrupt(): void
}

/** The camera on the page, as CameraContext and onCameraFrame reach it. */
export interface CameraInstance {
  readonly host: ComponentHost<CameraAttributes>
  /** Initialised (bindinitdone fired): CameraContext calls work. */
  ready: boolean
  readonly maxZoom: number
  /** Runs when the camera goes away (unmount, interrupt): ends recordings and frame streams. */
  readonly onRelease: Set<() => void>
}

const DEFAULT_MAX_ZOOM = 10

/** The page's one camera slot ("同一页面只能插入一个 camera 组件"). */
export const cameraSlot = (core: RuntimeCore) => stateOf<{ current?: CameraInstance }>(core, 'camera.slot', () => ({}))

/** The camera CameraContext talks to: mounted and initialised. */
export function readyCamera(core: RuntimeCore): CameraInstance | undefined {
  const camera = cameraSlot(core).current
  return camera?.ready && camera.host.mounted ? camera : undefined
}

export function mountCamera(core: RuntimeCore, attributes: CameraAttributes, fixture: CameraFixture = {}): CameraHandle {
  const maxZoom = fixture.maxZoom ?? DEFAULT_MAX_ZOOM
  if (!(maxZoom >= 1)) throw new FakeWxError(`The camera fixture's maxZoom must be a number ≥ 1, got ${String(fixture.maxZoom)}.`)
  let instance: CameraInstance | undefined
  const release = () => {
    if (!instance) return
    instance.ready = false
    for (const fn of instance.onRelease) fn()
    instance.onRelease.clear()
  }

  const handle = insertComponent(core, 'camera', attributes, async (ctx, host) => {
    const slot = cameraSlot(ctx)
    const insertApi = ctx.config.dialect.cameraInsertApi ?? 'insertCamera'
    if (slot.current?.host.mounted) {
      // research.md §3.2 (M): "insertCamera:fail can insert only one camera", seen in app code.
      host.dispatch('error', { errMsg: errMsgOf(insertApi, 'can insert only one camera') })
      return
    }
    const camera: CameraInstance = (instance = { host, ready: false, maxZoom, onRelease: new Set() })
    slot.current = camera
    host.onUnmount(() => {
      release()
      if (slot.current === camera) slot.current = undefined
    })
    // Privacy, scope, then WeChat's OS camera permission (facade/request-layers.ts).
    const decision = await requestThroughLayers(ctx, '<camera>', 'scope.camera')
    if (!host.mounted) return
    if (decision.stop !== 'none') {
      // binderror, not a fail callback: "insertCamera:fail auth deny" (research.md §2.1, §3.2, M; wording per dialect);
      // the privacy and OS refusals in the same shape, with the client's general texts (L).
      const reason = decision.stop === 'scope' ? authDenyReason(ctx.config.dialect, insertApi) : decision.outcome.reason
      host.dispatch('error', { errMsg: errMsgOf(insertApi, reason) })
      return
    }
    camera.ready = true
    if (compareVersion(ctx.config.SDKVersion, '2.7.0') >= 0) {
      host.dispatch('initdone', compareVersion(ctx.config.SDKVersion, '2.10.0') >= 0 ? { maxZoom } : {})
    }
  })

  return Object.assign(handle, {
    interrupt() {
      if (!handle.mounted || !instance?.ready) return
      release()
      instance.host.dispatch('stop', {})
    },
  })
}
