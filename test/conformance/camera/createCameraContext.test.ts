import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'
import { flush } from '../scope-flow.ts'

/** A runtime with an initialised <camera> on the page. */
async function withCamera(options: Parameters<typeof createRuntime>[0] = {}, attributes = {}) {
  const rt = createRuntime({ scenario: 'granted', ...options })
  const camera = rt.mountComponent('camera', attributes, { maxZoom: 5 })
  await camera.ready
  return { rt, camera, ctx: rt.wx.createCameraContext() }
}

/** Calls a callback-style method and resolves with whichever of success/fail ran. */
const call = <T>(method: (o: { success: (r: T) => void; fail: (r: T) => void }) => void) =>
  new Promise<T>((done) => method({ success: done, fail: done }))

describe('wx.createCameraContext', () => {
  test('takePhoto → "operateCamera:ok" with tempImagePath (jpg on Android, png on iOS)', async () => {
    const android = await withCamera({ platform: 'android' })
    expect(await call((o) => android.ctx.takePhoto(o))).toEqual({
      errMsg: 'operateCamera:ok',
      tempImagePath: expect.stringMatching(/^wxfile:\/\/tmp_[0-9a-f]{32}\.jpg$/),
      width: 720,
      height: 960,
    })
    const ios = await withCamera({ platform: 'ios' }, { resolution: 'high' })
    expect(await call((o) => ios.ctx.takePhoto(o))).toMatchObject({ tempImagePath: expect.stringMatching(/\.png$/), width: 1080 })
  })

  test('takePhoto has no Promise form ("以 Promise 风格 调用：不支持")', async () => {
    const { ctx } = await withCamera()
    expect(ctx.takePhoto({})).toBeUndefined()
  })

  test('captureMetadata adds `metadata`', async () => {
    const { ctx } = await withCamera()
    expect(await call((o) => ctx.takePhoto({ ...o, captureMetadata: true }))).toHaveProperty('metadata', {})
  })

  test('before bindinitdone, or with the camera refused: "operateCamera:fail camera has not been initialized"', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    await rt.mountComponent('camera').ready
    expect(await call((o) => rt.wx.createCameraContext().takePhoto(o))).toEqual({
      errMsg: 'operateCamera:fail camera has not been initialized',
    })
    const none = createRuntime()
    expect(await call((o) => none.wx.createCameraContext().startRecord(o))).toEqual({
      errMsg: 'operateCamera:fail camera has not been initialized',
    })
  })

  test('startRecord then stopRecord → tempThumbPath and tempVideoPath', async () => {
    const { rt, ctx } = await withCamera()
    expect(await call((o) => ctx.startRecord(o))).toEqual({ errMsg: 'operateCamera:ok' })
    rt.clock.advance(4000)
    expect(await call((o) => ctx.stopRecord(o))).toEqual({
      errMsg: 'operateCamera:ok',
      tempThumbPath: expect.stringMatching(/\.jpg$/),
      tempVideoPath: expect.stringMatching(/\.mp4$/),
    })
  })

  test('stopRecord with nothing recording: "operateCamera:fail:is not recording"', async () => {
    const { ctx } = await withCamera()
    expect(await call((o) => ctx.stopRecord(o))).toEqual({ errMsg: 'operateCamera:fail:is not recording' })
  })

  test('startRecord while recording fails', async () => {
    const { ctx } = await withCamera()
    await call((o) => ctx.startRecord(o))
    expect(await call((o) => ctx.startRecord(o))).toEqual({ errMsg: 'operateCamera:fail:is recording' })
  })

  test('`timeout` (s, at most 5 min) ends the recording and calls timeoutCallback with the files', async () => {
    const { rt, ctx } = await withCamera()
    const ended: unknown[] = []
    await call((o) => ctx.startRecord({ ...o, timeout: 10, timeoutCallback: (r) => ended.push(r) }))
    rt.clock.advance(9999)
    await flush(rt)
    expect(ended).toEqual([])
    rt.clock.advance(1)
    await flush(rt)
    expect(ended).toEqual([{ tempThumbPath: expect.any(String), tempVideoPath: expect.any(String) }])
    expect(await call((o) => ctx.stopRecord(o))).toEqual({ errMsg: 'operateCamera:fail:is not recording' })
  })

  test('"录像异常退出时也会触发此回调": unmounting the camera while recording calls timeoutCallback', async () => {
    const { rt, camera, ctx } = await withCamera()
    const ended: unknown[] = []
    await call((o) => ctx.startRecord({ ...o, timeoutCallback: (r) => ended.push(r) }))
    camera.unmount()
    await flush(rt)
    expect(ended).toHaveLength(1)
  })

  test('setZoom: "范围[1, maxZoom]… 精确到小数后一位"; the result is the zoom set', async () => {
    const { ctx } = await withCamera()
    expect(await call((o) => ctx.setZoom({ ...o, zoom: 2.345 }))).toEqual({ errMsg: 'operateCamera:ok', zoom: 2.3 })
    expect(await call((o) => ctx.setZoom({ ...o, zoom: 50 }))).toEqual({ errMsg: 'operateCamera:ok', zoom: 5 })
    expect(await call((o) => ctx.setZoom({ ...o, zoom: '2' as unknown as number }))).toEqual({
      errMsg: 'operateCamera:fail parameter error: parameter.zoom should be Number instead of String;',
      errno: 1001,
    })
  })

  test('onCameraFrame: frames of the frame-size while the listener runs and the clock advances', async () => {
    const { rt, ctx } = await withCamera({}, { frameSize: 'small' })
    const frames: { width: number; height: number; bytes: number }[] = []
    const listener = ctx.onCameraFrame((f) => frames.push({ width: f.width, height: f.height, bytes: f.data.byteLength }))
    rt.clock.advance(1000)
    await flush(rt)
    expect(frames).toEqual([]) // not started yet
    listener.start()
    rt.clock.advance(100)
    await flush(rt)
    expect(frames).toEqual([0, 1, 2].map(() => ({ width: 240, height: 320, bytes: 240 * 320 * 4 })))
    listener.stop()
    rt.clock.advance(1000)
    await flush(rt)
    expect(frames).toHaveLength(3)
  })

  test('onCameraFrame listener.start fails without an initialised camera', async () => {
    const rt = createRuntime()
    const listener = rt.wx.createCameraContext().onCameraFrame(() => {})
    expect(await call((o) => listener.start(o))).toEqual({ errMsg: 'operateCamera:fail camera has not been initialized' })
  })

  test('the timeline names CameraContext calls', async () => {
    const { rt, ctx } = await withCamera()
    await call((o) => ctx.takePhoto(o))
    expect(rt.timeline()).toMatch(/call +CameraContext\.takePhoto\(.*\)\n.*ok +CameraContext\.takePhoto → operateCamera:ok/)
  })
})
