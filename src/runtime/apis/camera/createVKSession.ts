// https://developers.weixin.qq.com/miniprogram/dev/api/ai/visionkit/wx.createVKSession.html (2.20.0)
// Creating a session shows nothing; `session.start(callback)` is where the camera is needed, and its
// callback gets a numeric status, not an {errMsg} (VKSessionStartCallback in the typings, H):
// 0 成功 · 2000001 参数错误 · 2003002 未开启小程序相机权限 (the scope) · 2003001 未开启系统相机权限 (the OS) ·
// 104 用户取消授权 / 112 / 1025 (privacy layer) … (research.md §3.2). A refusal now and an earlier
// refusal both read 2003002 here.
import type { RuntimeCore } from '../../core.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { defineSyncApi } from '../../facade/define-api.ts'
import { callAppCode, later, throwLater } from '../../facade/deliver.ts'
import { contextFor, traceCall } from '../../facade/invoke.ts'
import { requestThroughLayers, type LayeredDecision } from '../../facade/request-layers.ts'

export const VK_STATUS = {
  ok: 0,
  /** "104: 用户取消授权" — the privacy agreement refused ([T:36696-36725], research.md §3.2, H). */
  privacyNotAuthorized: 104,
  /** "112: 接口未在隐私协议中声明" (H). */
  privacyNotDeclared: 112,
  invalidArguments: 2000001,
  /** "2003001: 未开启系统相机权限": WeChat lacks the OS camera permission (H). */
  cameraOsDenied: 2003001,
  cameraScopeDenied: 2003002,
} as const

/** The start status for where the layers stopped. */
function vkStatus(d: LayeredDecision): number {
  switch (d.stop) {
    case 'none':
      return VK_STATUS.ok
    case 'privacy':
      return d.outcome.errno === VK_STATUS.privacyNotDeclared ? VK_STATUS.privacyNotDeclared : VK_STATUS.privacyNotAuthorized
    case 'scope':
      return VK_STATUS.cameraScopeDenied
    case 'os':
      return VK_STATUS.cameraOsDenied
  }
}

/** `state`: "0: 不可用; 1: 运行中; 2: 暂停中; 3: 初始化中" (VKSession.state). */
type VKState = WechatMiniprogram.VKSession['state']

/** The camera image size the session reports (fixture value). */
const CAMERA_SIZE = { width: 480, height: 640 }
/** requestAnimationFrame runs at about 60 frames a second of virtual time. */
const ANIMATION_FRAME_MS = 16

/** VKSession methods that need real vision (detectFace, hitTest, runOCR …): calling one says so. */
const NOT_SIMULATED = [
  'getAllMarker',
  'getAllOSDMarker',
  'hitTest',
  'detectBody',
  'detectDepth',
  'detectFace',
  'detectHand',
  'removeMarker',
  'removeOSDMarker',
  'runOCR',
  'setDepthOccRange',
  'update3DMode',
  'updateMaskMode',
  'updateOSDThreshold',
  'addMarker',
  'addOSDMarker',
] as const

function createSession(core: RuntimeCore, config: WechatMiniprogram.VKConfig): WechatMiniprogram.VKSession {
  let state: VKState = 0
  const frames = new Map<number, () => void>()
  let nextFrame = 1
  const listeners = new Map<string, Set<(...args: unknown[]) => unknown>>()
  const report = (callback: unknown, status: number) =>
    later(() => {
      core.trace.record({ type: 'event', name: 'VKSession.start callback', payload: status })
      if (typeof callback === 'function') callAppCode(core, 'VKSession.start callback', callback as (s: number) => void, status)
    })

  const session = {
    get state() {
      return state
    },
    config,
    cameraSize: { ...CAMERA_SIZE },
    start(callback: WechatMiniprogram.VKSessionStartCallback) {
      traceCall(core, 'VKSession.start', config)
      if (typeof config !== 'object' || config === null || typeof config.track !== 'object' || config.track === null) {
        report(callback, VK_STATUS.invalidArguments)
        return
      }
      state = 3
      // Privacy, then the scope, then the OS camera permission, each with its own status (facade/request-layers.ts).
      requestThroughLayers(contextFor(core, 'VKSession.start'), 'wx.createVKSession', 'scope.camera').then(
        (decision) => {
          state = decision.stop === 'none' ? 1 : 0
          report(callback, vkStatus(decision))
        },
        (error: unknown) => {
          state = 0
          throwLater(error)
        },
      )
    },
    stop() {
      traceCall(core, 'VKSession.stop', undefined)
      if (state === 1) state = 2
    },
    destroy() {
      traceCall(core, 'VKSession.destroy', undefined)
      state = 0
      for (const cancel of frames.values()) cancel()
      frames.clear()
      listeners.clear()
    },
    on(eventName: string, fn: (...args: unknown[]) => unknown) {
      let set = listeners.get(eventName)
      if (!set) listeners.set(eventName, (set = new Set()))
      set.add(fn)
    },
    off(eventName: string, fn?: (...args: unknown[]) => unknown) {
      if (fn) listeners.get(eventName)?.delete(fn)
      else listeners.delete(eventName)
    },
    /** In the docs' sample (`session.requestAnimationFrame(onFrame)`), not in the typings. */
    requestAnimationFrame(callback: (timestamp: number) => void): number {
      const id = nextFrame++
      frames.set(
        id,
        core.clock.schedule(ANIMATION_FRAME_MS, () => {
          frames.delete(id)
          later(() => callAppCode(core, 'VKSession.requestAnimationFrame callback', callback, core.clock.now()))
        }),
      )
      return id
    },
    cancelAnimationFrame(requestID: number) {
      frames.get(requestID)?.()
      frames.delete(requestID)
    },
    /** Frames need real vision: none is produced (the docs' sample checks `if (frame)`). */
    getVKFrame(): undefined {
      return undefined
    },
  }
  for (const name of NOT_SIMULATED) {
    Object.defineProperty(session, name, {
      enumerable: true,
      writable: true,
      configurable: true,
      value: () => {
        throw new FakeWxError(`VKSession.${name}() is not simulated by fake-wx: it needs real camera frames.`, 'Stub it in your test: vi.spyOn(session, …).')
      },
    })
  }
  return session as unknown as WechatMiniprogram.VKSession
}

export const createVKSession = defineSyncApi({
  name: 'createVKSession',
  run: (ctx, config) => createSession(ctx, config),
})
