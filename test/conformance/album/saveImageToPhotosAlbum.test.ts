// wx.saveImageToPhotosAlbum: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.saveImageToPhotosAlbum.html
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

const allow = { authorize: 'allow' } as const

/** A local file on the phone (as wx.downloadFile or canvasToTempFilePath would leave it). */
const stage = (rt: Runtime, path: string) => (rt.files.write(path, 'file bytes'), path)

describe('wx.saveImageToPhotosAlbum', () => {
  test('saves a local image to the album after the dialog (scope.writePhotosAlbum); the album shows it', async () => {
    const rt = createRuntime({ user: allow })
    const filePath = stage(rt, 'wxfile://tmp_poster.jpg')
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath })).resolves.toEqual({ errMsg: 'saveImageToPhotosAlbum:ok' })
    expect(rt.device.album.images).toEqual([{ kind: 'image', filePath, savedAt: rt.clock.now() }])
    expect(rt.prompts).toMatchObject([{ kind: 'authorize', scope: 'scope.writePhotosAlbum', api: 'saveImageToPhotosAlbum' }])
  })

  test('a photo the camera just took (its tempImagePath) can be saved', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const camera = rt.mountComponent('camera', {})
    await camera.ready
    const { tempImagePath } = await new Promise<WechatMiniprogram.TakePhotoSuccessCallbackResult>((success, fail) =>
      rt.wx.createCameraContext().takePhoto({ success, fail }),
    )
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: tempImagePath })).resolves.toMatchObject({ errMsg: 'saveImageToPhotosAlbum:ok' })
    expect(rt.device.album.images.map((i) => i.filePath)).toEqual([tempImagePath])
  })

  test('filePath is required: parameter error, errno 1001, before any dialog', async () => {
    const rt = createRuntime({ user: allow })
    await expect(rt.wx.saveImageToPhotosAlbum({} as never)).rejects.toEqual({
      errMsg: 'saveImageToPhotosAlbum:fail parameter error: parameter.filePath should be String instead of Undefined;',
      errno: 1001,
    })
    expect(rt.prompts).toHaveLength(0)
  })

  test('a file that does not exist: "saveImageToPhotosAlbum:fail file not found" (the text apps compare with), nothing saved', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: 'wxfile://tmp_missing.png' })).rejects.toEqual({
      errMsg: 'saveImageToPhotosAlbum:fail file not found',
    })
    expect(rt.device.album.items).toHaveLength(0)
  })

  test('network URLs are not supported ("不支持网络路径"): an https image fails as a missing file', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: 'https://example.com/poster.png' })).rejects.toMatchObject({
      errMsg: 'saveImageToPhotosAlbum:fail file not found',
    })
  })

  test('a file that is not an image: "saveImageToPhotosAlbum:fail invalid file type"', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const filePath = stage(rt, 'wxfile://tmp_clip.mp4')
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath })).rejects.toMatchObject({ errMsg: 'saveImageToPhotosAlbum:fail invalid file type' })
  })

  test('DevTools temp paths (http://tmp/…) and user data paths (wxfile://usr/…) are local files too', async () => {
    const rt = createRuntime({ scenario: 'granted', platform: 'devtools' })
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: stage(rt, 'http://tmp/poster.png') })).resolves.toMatchObject({
      errMsg: 'saveImageToPhotosAlbum:ok',
    })
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: stage(rt, 'wxfile://usr/poster.JPEG') })).resolves.toMatchObject({
      errMsg: 'saveImageToPhotosAlbum:ok',
    })
  })

  test('refused in the dialog: "saveImageToPhotosAlbum:fail auth deny", errno 103, and the file check never runs', async () => {
    const rt = createRuntime({ user: { authorize: 'deny' } })
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: 'wxfile://tmp_missing.png' })).rejects.toEqual({
      errMsg: 'saveImageToPhotosAlbum:fail auth deny',
      errno: 103,
    })
    expect(rt.auth.get('scope.writePhotosAlbum')).toBe('denied')
  })

  test('the legacy Android wording is a dialect: "saveImageToPhotosAlbum:fail:auth denied"', async () => {
    const rt = createRuntime({ scenario: 'denied-once', dialect: { authDeny: ':auth denied' } })
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: stage(rt, 'wxfile://tmp_a.png') })).rejects.toMatchObject({
      errMsg: 'saveImageToPhotosAlbum:fail:auth denied',
    })
  })

  test('callbacks: success then complete, with the same result', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const filePath = stage(rt, 'wxfile://tmp_a.gif')
    const seen: string[] = []
    await new Promise<void>((done) =>
      rt.wx.saveImageToPhotosAlbum({
        filePath,
        success: (r: WechatMiniprogram.GeneralCallbackResult) => seen.push(`success ${r.errMsg}`),
        complete: (r: WechatMiniprogram.GeneralCallbackResult) => {
          seen.push(`complete ${r.errMsg}`)
          done()
        },
      }),
    )
    expect(seen).toEqual(['success saveImageToPhotosAlbum:ok', 'complete saveImageToPhotosAlbum:ok'])
  })
})
