// wx.canvasToTempFilePath: https://developers.weixin.qq.com/miniprogram/dev/api/canvas/wx.canvasToTempFilePath.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { useMediaApp } from './media-app.ts'

type Res = WechatMiniprogram.CanvasToTempFilePathSuccessCallbackResult
type Info = WechatMiniprogram.GetImageInfoSuccessCallbackResult

describe('wx.canvasToTempFilePath (doc, H)', () => {
  // destWidth / destHeight default "width*屏幕像素密度" / "height*屏幕像素密度" (doc table, H): the density is the
  // device profile's pixelRatio, what wx.getWindowInfo().pixelRatio reports (3 on the default iOS profile).
  test('exports the canvas as a PNG of width × height × the screen\'s pixel density by default', async () => {
    const rt = createRuntime()
    const ratio = rt.device.system.values.pixelRatio
    expect(ratio).toBe(3)
    rt.mountComponent('canvas', { 'canvas-id': 'poster', width: 300, height: 400 })
    const { tempFilePath } = (await rt.wx.canvasToTempFilePath({ canvasId: 'poster' })) as Res
    expect(tempFilePath).toMatch(/^wxfile:\/\/tmp_.+\.png$/)
    const info = (await rt.wx.getImageInfo({ src: tempFilePath })) as Info
    expect(info).toMatchObject({ type: 'png', width: 300 * ratio, height: 400 * ratio })
  })

  test('the density is the device profile\'s: DevTools (pixelRatio 2), or a pixelRatio the test sets', async () => {
    const devtools = createRuntime({ platform: 'devtools' })
    const ratio = devtools.device.system.values.pixelRatio
    expect(ratio).toBe(2)
    expect(ratio).not.toBe(createRuntime().device.system.values.pixelRatio)
    devtools.mountComponent('canvas', { 'canvas-id': 'poster', width: 300, height: 400 })
    const a = (await devtools.wx.canvasToTempFilePath({ canvasId: 'poster' })) as Res
    expect(await devtools.wx.getImageInfo({ src: a.tempFilePath })).toMatchObject({ width: 300 * ratio, height: 400 * ratio })
    const android = createRuntime({ platform: 'android', system: { pixelRatio: 2.75 } })
    expect(android.device.system.values.pixelRatio).toBe(2.75)
    android.mountComponent('canvas', { 'canvas-id': 'poster', width: 300, height: 400 })
    const b = (await android.wx.canvasToTempFilePath({ canvasId: 'poster' })) as Res
    expect(await android.wx.getImageInfo({ src: b.tempFilePath })).toMatchObject({ width: 825, height: 1100 })
  })

  test('x / y / width / height pick the area; destWidth / destHeight set the output size; fileType jpg', async () => {
    const rt = createRuntime()
    const ratio = rt.device.system.values.pixelRatio
    rt.mountComponent('canvas', { 'canvas-id': 'c', width: 300, height: 150 })
    const area = (await rt.wx.canvasToTempFilePath({ canvasId: 'c', x: 100, y: 50 })) as Res
    expect(await rt.wx.getImageInfo({ src: area.tempFilePath })).toMatchObject({ width: 200 * ratio, height: 100 * ratio })
    const sized = (await rt.wx.canvasToTempFilePath({ canvasId: 'c', destWidth: 100, destHeight: 100, fileType: 'jpg', quality: 0.5 })) as Res
    expect(sized.tempFilePath).toMatch(/\.jpg$/)
    expect(await rt.wx.getImageInfo({ src: sized.tempFilePath })).toMatchObject({ type: 'jpeg', width: 100, height: 100 })
  })

  test('a canvas 2d node (the `canvas` option): its bitmap size is the export size', async () => {
    const rt = createRuntime()
    const { node } = rt.mountComponent('canvas', { type: '2d', id: 'c2d' })
    node.width = 750
    node.height = 1334
    const { tempFilePath } = (await rt.wx.canvasToTempFilePath({ canvas: node })) as Res
    expect(await rt.wx.getImageInfo({ src: tempFilePath })).toMatchObject({ width: 750, height: 1334 })
  })

  test('the same export twice gives the same bytes (deterministic)', async () => {
    const rt = createRuntime()
    rt.mountComponent('canvas', { 'canvas-id': 'c' })
    const a = (await rt.wx.canvasToTempFilePath({ canvasId: 'c' })) as Res
    const b = (await rt.wx.canvasToTempFilePath({ canvasId: 'c' })) as Res
    expect(a.tempFilePath).not.toBe(b.tempFilePath)
    expect(rt.files.read(a.tempFilePath)).toEqual(rt.files.read(b.tempFilePath))
  })

  test('no canvas with that canvas-id on the page: "canvasToTempFilePath:fail canvas is empty" (M)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.canvasToTempFilePath({ canvasId: 'missing' })).rejects.toEqual({ errMsg: 'canvasToTempFilePath:fail canvas is empty' })
    const unmounted = rt.mountComponent('canvas', { 'canvas-id': 'gone' })
    unmounted.unmount()
    await expect(rt.wx.canvasToTempFilePath({ canvasId: 'gone' })).rejects.toMatchObject({ errMsg: 'canvasToTempFilePath:fail canvas is empty' })
  })
})

describe('app code: the poster page exports its canvas and saves it to the album', () => {
  const start = useMediaApp()

  test('allowed in the dialog: the exported JPEG lands in the album', async () => {
    const rt = start({ user: { authorize: 'allow' } })
    const page = await rt.open('pages/poster/index')
    rt.mountComponent('canvas', { 'canvas-id': 'poster', width: 375, height: 667 })
    await page.tap('savePoster')
    await rt.settle()
    expect(page.data.saved).toBe(true)
    expect(rt.device.album.images.map((i) => i.filePath)).toEqual([page.data.poster])
  })

  test('refused before: a modal explains, its confirm opens the settings page, the user allows, the save is retried', async () => {
    const rt = start({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.writePhotosAlbum': true } } })
    const page = await rt.open('pages/poster/index')
    rt.mountComponent('canvas', { 'canvas-id': 'poster', width: 375, height: 667 })
    await page.tap('savePoster')
    await rt.settle()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings'])
    expect(page.data).toMatchObject({ saved: true, error: '' })
    expect(rt.device.album.images).toHaveLength(1)
  })

  test('refused, and the user leaves the switch off in settings: nothing saved, no second modal', async () => {
    const rt = start({ scenario: 'denied-once', user: { modal: 'confirm', settings: {} } })
    const page = await rt.open('pages/poster/index')
    rt.mountComponent('canvas', { 'canvas-id': 'poster' })
    await page.tap('savePoster')
    await rt.settle()
    expect(page.data.saved).toBe(false)
    expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings'])
  })
})
