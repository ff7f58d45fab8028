// https://developers.weixin.qq.com/miniprogram/dev/api/media/camera/wx.createCameraContext.html
// The page's <camera>, reached through a CameraContext. Its methods have callbacks only
// ("以 Promise 风格 调用：不支持", CameraContext.takePhoto doc, H) and answer as "operateCamera:ok" /
// "operateCamera:fail …" (app code compares with both, M). No scope check here: the <camera> asked for
// scope.camera when it was inserted; a refused camera never initialises.
import type { ApiContext, RuntimeCore } from '../../core.ts'
import { failure, ok, type Outcome } from '../../errors/wx-error.ts'
import { defineMethod, defineSyncApi, type MethodDef } from '../../facade/define-api.ts'
import type { ParamSchema } from '../../facade/params.ts'
import { callAppCode, later } from '../../facade/deliver.ts'
import { invokeMethod, traceCall } from '../../facade/invoke.ts'
import { createTempFile } from '../../device/temp-files.ts'
import { readyCamera, type CameraInstance } from './camera-component.ts'

/** Before bindinitdone (or on a refused camera): "operateCamera:fail camera has not been initialized" (app code, M). */
const NOT_INITIALIZED = 'camera has not been initialized'

/** Photo sizes per `resolution` (fixture values; the client reports the real size, e.g. 720×828 in one app log). */
const PHOTO_SIZE = { low: [360, 480], medium: [720, 960], high: [1080, 1440] } as const
/** Frame sizes per `frame-size` ("其实际像素值由系统决定", camera doc): fixture values. */
const FRAME_SIZE = { small: [240, 320], medium: [480, 640], large: [720, 1280] } as const
/** onCameraFrame delivers about 30 frames a second of virtual time (fixture value). */
const FRAME_INTERVAL_MS = 33
/** CameraContext.startRecord `timeout`: seconds, "最长不能超过 5 分钟"; default 30 (CameraContext.startRecord doc). */
const DEFAULT_RECORD_TIMEOUT_S = 30
const MAX_RECORD_TIMEOUT_S = 300
/** About 2 Mbit/s of video (fixture value): the size of tempVideoPath. */
const VIDEO_BYTES_PER_MS = 250

interface Recording {
  readonly finish: (compressed?: boolean) => WechatMiniprogram.StartRecordTimeoutCallbackResult
}
const recordings = new WeakMap<CameraInstance, Recording>()

/**
 * A CameraContext method: every one answers as "operateCamera" and needs the page's camera initialised
 * (before bindinitdone, or on a refused camera: NOT_INITIALIZED); `run` gets that camera.
 */
function cameraMethod<O extends object>(def: {
  name: string
  params: ParamSchema
  run(ctx: ApiContext, camera: CameraInstance, options: O): Outcome
}): MethodDef<O> {
  return defineMethod<O>({
    name: def.name,
    errMsgApi: 'operateCamera',
    params: def.params,
    run(ctx, o) {
      const camera = readyCamera(ctx)
      return camera ? def.run(ctx, camera, o) : failure(NOT_INITIALIZED)
    },
  })
}

const takePhoto = cameraMethod<WechatMiniprogram.TakePhotoOption>({
  name: 'CameraContext.takePhoto',
  params: { quality: 'String', selfieMirror: 'Boolean', captureMetadata: 'Boolean' },
  run(ctx, camera, o) {
    const [width, height] = PHOTO_SIZE[camera.host.attributes.resolution ?? 'medium'] ?? PHOTO_SIZE.medium
    // "安卓是jpg图片格式，ios是png" (TakePhotoSuccessCallbackResult in the typings, H).
    const png = ctx.config.platform === 'ios'
    const tempImagePath = createTempFile(ctx, png ? 'png' : 'jpg', width * height * (png ? 1.5 : 0.25))
    // captureMetadata (3.15.0): "仅当传入的 captureMetadata 属性值为 true 时返回该字段".
    return ok({ tempImagePath, width, height, ...(o.captureMetadata ? { metadata: {} } : {}) })
  },
})

const setZoom = cameraMethod<WechatMiniprogram.CameraContextSetZoomOption>({
  name: 'CameraContext.setZoom',
  params: { zoom: 'Number!' },
  run(ctx, camera, { zoom }) {
    // "范围[1, maxZoom]。zoom 可取小数，精确到小数后一位"; the result is the zoom actually set.
    return ok({ zoom: Math.min(camera.maxZoom, Math.max(1, Math.round(zoom * 10) / 10)) })
  },
})

const startRecord = cameraMethod<WechatMiniprogram.CameraContextStartRecordOption>({
  name: 'CameraContext.startRecord',
  params: { timeout: 'Number', selfieMirror: 'Boolean', timeoutCallback: 'Function' },
  run(ctx, camera, o) {
    // A second start while recording (L: by analogy with ":is not recording", seen in app code).
    if (recordings.has(camera)) return failure(':is recording')
    const seconds = Math.min(Math.max(o.timeout ?? DEFAULT_RECORD_TIMEOUT_S, 0), MAX_RECORD_TIMEOUT_S)
    const startedAt = ctx.clock.now()
    let cancelTimeout = () => {}
    const finish = (compressed = false) => {
      recordings.delete(camera)
      camera.onRelease.delete(abnormalEnd)
      cancelTimeout()
      const ms = ctx.clock.now() - startedAt
      return {
        tempThumbPath: createTempFile(ctx, 'jpg', 30_000),
        tempVideoPath: createTempFile(ctx, 'mp4', (ms * VIDEO_BYTES_PER_MS) / (compressed ? 2 : 1)),
      }
    }
    // "超过录制时长上限时会结束录像并触发此回调，录像异常退出时也会触发此回调" (timeoutCallback doc, H).
    const endWithCallback = () => {
      const files = finish()
      const cb = o.timeoutCallback
      if (typeof cb === 'function') later(() => callAppCode(ctx, 'CameraContext.startRecord timeoutCallback', cb, files))
    }
    const abnormalEnd = () => endWithCallback()
    cancelTimeout = ctx.clock.schedule(seconds * 1000, endWithCallback)
    camera.onRelease.add(abnormalEnd)
    recordings.set(camera, { finish })
    return ok({})
  },
})

const stopRecord = cameraMethod<WechatMiniprogram.CameraContextStopRecordOption>({
  name: 'CameraContext.stopRecord',
  params: { compressed: 'Boolean' },
  run(ctx, camera, o) {
    const recording = recordings.get(camera)
    // "operateCamera:fail:is not recording" (app code, M).
    if (!recording) return failure(':is not recording')
    // `compressed`: "启动视频压缩，压缩效果同chooseVideo" — a smaller file, same fields.
    return ok(recording.finish(o.compressed === true))
  },
})

/**
 * CameraContext.onCameraFrame (2.7.0): frames of the size `frame-size` asks for, while the listener is
 * started, the camera initialised and virtual time advances (`rt.clock.advance`). The frame's `data` is
 * one zeroed buffer per started listener (pixels are not simulated).
 */
function onCameraFrame(core: RuntimeCore, callback: WechatMiniprogram.OnCameraFrameCallback): WechatMiniprogram.CameraFrameListener {
  traceCall(core, 'CameraContext.onCameraFrame', callback)
  let stop: (() => void) | undefined
  const start = (): boolean => {
    const camera = readyCamera(core)
    if (!camera) return false
    if (stop) return true
    const [width, height] = FRAME_SIZE[camera.host.attributes.frameSize ?? 'medium'] ?? FRAME_SIZE.medium
    const data = new ArrayBuffer(width * height * 4)
    let cancel = () => {}
    const tick = () => {
      cancel = core.clock.schedule(FRAME_INTERVAL_MS, () => {
        tick()
        later(() => stop && callAppCode(core, 'CameraContext.onCameraFrame callback', callback, { data, width, height }))
      })
    }
    stop = () => {
      cancel()
      camera.onRelease.delete(stopNow)
      stop = undefined
    }
    const stopNow = () => stop?.()
    camera.onRelease.add(stopNow)
    tick()
    return true
  }
  const startMethod = defineMethod({
    name: 'CameraFrameListener.start',
    errMsgApi: 'operateCamera',
    run: () => (start() ? ok({}) : failure(NOT_INITIALIZED)),
  })
  const stopMethod = defineMethod({
    name: 'CameraFrameListener.stop',
    errMsgApi: 'operateCamera',
    run: () => (stop?.(), ok({})),
  })
  return {
    start: (options) => invokeMethod(core, startMethod, options),
    stop: (options) => invokeMethod(core, stopMethod, options),
  }
}

function createContext(core: RuntimeCore): WechatMiniprogram.CameraContext {
  return {
    takePhoto: (options) => invokeMethod(core, takePhoto, options),
    setZoom: (options) => invokeMethod(core, setZoom, options),
    startRecord: (options) => invokeMethod(core, startRecord, options),
    stopRecord: (options) => invokeMethod(core, stopRecord, options),
    onCameraFrame: (callback) => onCameraFrame(core, callback),
  }
}

export const createCameraContext = defineSyncApi({
  name: 'createCameraContext',
  run: (ctx) => createContext(ctx),
})
