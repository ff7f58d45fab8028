// wx.getImageInfo: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.getImageInfo.html
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { useServer } from '../../support/msw.ts'

const server = useServer()

/** A 2×3 GIF header, a JPEG with an Exif orientation 6 ("right") before its SOF0 of 4032×3024. */
const GIF = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 2, 0, 3, 0, 0, 0, 0])
const EXIF_JPEG = new Uint8Array([
  0xff, 0xd8,
  0xff, 0xe1, 0, 34, 0x45, 0x78, 0x69, 0x66, 0, 0, // APP1 "Exif\0\0"
  0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8, // TIFF, big endian, IFD0 at 8
  0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // one entry: Orientation = 6
  0, 0, 0, 0, // next IFD
  0xff, 0xc0, 0, 11, 8, 0x0b, 0xd0, 0x0f, 0xc0, 1, 1, 0x11, 0,
  0xff, 0xd9,
])

describe('wx.getImageInfo (doc, H)', () => {
  test('a picked photo: width, height, type "jpeg", orientation "up", path = src', async () => {
    const rt = createRuntime({ user: { chooseImage: [{ width: 640, height: 480 }] } })
    const { tempFilePaths } = (await rt.wx.chooseImage({})) as WechatMiniprogram.ChooseImageSuccessCallbackResult
    expect(await rt.wx.getImageInfo({ src: tempFilePaths[0]! })).toEqual({
      errMsg: 'getImageInfo:ok', width: 640, height: 480, type: 'jpeg', orientation: 'up', path: tempFilePaths[0],
    })
  })

  test('read from the bytes: GIF size, a JPEG\'s Exif orientation ("不考虑旋转": width/height as stored)', async () => {
    const rt = createRuntime()
    rt.files.write('wxfile://usr/a.gif', GIF)
    rt.files.write('wxfile://usr/b.jpg', EXIF_JPEG)
    expect(await rt.wx.getImageInfo({ src: 'wxfile://usr/a.gif' })).toMatchObject({ type: 'gif', width: 2, height: 3 })
    expect(await rt.wx.getImageInfo({ src: 'wxfile://usr/b.jpg' })).toMatchObject({ type: 'jpeg', width: 4032, height: 3024, orientation: 'right' })
  })

  test('DevTools\' local paths are http URLs (http://tmp/…, http://usr/…): read as local files, not downloaded', async () => {
    const rt = createRuntime({ platform: 'devtools' })
    rt.files.write('http://usr/a.gif', GIF)
    expect(await rt.wx.getImageInfo({ src: 'http://usr/a.gif' })).toMatchObject({ type: 'gif', width: 2, height: 3, path: 'http://usr/a.gif' })
    rt.mountComponent('canvas', { 'canvas-id': 'c', width: 10, height: 10 })
    const { tempFilePath } = (await rt.wx.canvasToTempFilePath({ canvasId: 'c' })) as WechatMiniprogram.CanvasToTempFilePathSuccessCallbackResult
    expect(tempFilePath).toMatch(/^http:\/\/tmp\//)
    expect(await rt.wx.getImageInfo({ src: tempFilePath })).toMatchObject({ type: 'png', path: tempFilePath })
  })

  test('a network image is downloaded first (downloadFile domains): path is the downloaded temp file', async () => {
    server.use(http.get('https://img.example.com/logo.gif', () => HttpResponse.arrayBuffer(GIF.buffer.slice(0))))
    const rt = createRuntime({ domains: { downloadFile: ['https://img.example.com'] } })
    const info = (await rt.wx.getImageInfo({ src: 'https://img.example.com/logo.gif' })) as WechatMiniprogram.GetImageInfoSuccessCallbackResult
    expect(info).toMatchObject({ type: 'gif', width: 2, height: 3, path: expect.stringMatching(/^wxfile:\/\/tmp_.+\.gif$/) })
    expect(rt.files.read(info.path)).toEqual(GIF)
  })

  test('a network image from a domain not on the downloadFile list: "getImageInfo:fail download image fail" (M)', async () => {
    const rt = createRuntime({ domains: { request: ['https://img.example.com'] } })
    await expect(rt.wx.getImageInfo({ src: 'https://img.example.com/logo.gif' })).rejects.toEqual({ errMsg: 'getImageInfo:fail download image fail' })
  })

  test('a 404 is a failed download too', async () => {
    server.use(http.get('https://img.example.com/none.png', () => new HttpResponse(null, { status: 404 })))
    const rt = createRuntime({ domains: { downloadFile: ['https://img.example.com'] } })
    await expect(rt.wx.getImageInfo({ src: 'https://img.example.com/none.png' })).rejects.toMatchObject({ errMsg: 'getImageInfo:fail download image fail' })
  })

  test('a local path with no file: "getImageInfo:fail file not found"', async () => {
    await expect(createRuntime().wx.getImageInfo({ src: 'wxfile://tmp_missing.png' })).rejects.toEqual({ errMsg: 'getImageInfo:fail file not found' })
  })

  test('src is required: parameter error (base library check, M)', async () => {
    await expect(createRuntime().wx.getImageInfo({} as never)).rejects.toEqual({
      errMsg: 'getImageInfo:fail parameter error: parameter.src should be String instead of Undefined;', errno: 1001,
    })
  })
})
