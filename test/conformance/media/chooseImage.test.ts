// wx.chooseImage: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseImage.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

type Res = WechatMiniprogram.ChooseImageSuccessCallbackResult

describe('wx.chooseImage (doc, H)', () => {
  test('success: tempFilePaths and tempFiles [{ path, size }] naming the same files, readable in the file store', async () => {
    const rt = createRuntime({ user: { chooseImage: [{ width: 640, height: 480, size: 5000 }, {}] } })
    const res = (await rt.wx.chooseImage({ count: 2 })) as Res
    expect(res.errMsg).toBe('chooseImage:ok')
    expect(res.tempFiles.map((f) => f.path)).toEqual(res.tempFilePaths)
    expect(res.tempFiles[0]!.size).toBe(5000)
    expect(rt.files.read(res.tempFilePaths[0]!)?.length).toBe(5000)
  })

  test('the base library fills count 9, both sizeTypes and both sources; the picker allows at most 9', async () => {
    const seen: unknown[] = []
    const user = { chooseImage: (p: { details: unknown }) => (seen.push(p.details), 1) }
    await createRuntime({ user }).wx.chooseImage({})
    await createRuntime({ user }).wx.chooseImage({ count: 30 })
    expect(seen).toEqual([
      { count: 9, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['original', 'compressed'] },
      { count: 9, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['original', 'compressed'] },
    ])
  })

  test('sizeType ["compressed"]: the app gets a compressed JPEG copy, smaller than the original bytes', async () => {
    const big = { size: 3_000_000, width: 1200, height: 1600 }
    const original = (await createRuntime({ user: { chooseImage: [big] } }).wx.chooseImage({ sizeType: ['original'] })) as Res
    const compressed = (await createRuntime({ user: { chooseImage: [big] } }).wx.chooseImage({ sizeType: ['compressed'] })) as Res
    expect(original.tempFiles[0]!.size).toBe(3_000_000)
    expect(compressed.tempFiles[0]!.size).toBeLessThan(3_000_000)
    expect(compressed.tempFilePaths[0]).toMatch(/\.jpg$/)
  })

  test('cancel: "chooseImage:fail cancel" (the text shipped apps compare with, M)', async () => {
    const rt = createRuntime({ user: { chooseImage: 'cancel' } })
    await expect(rt.wx.chooseImage({})).rejects.toEqual({ errMsg: 'chooseImage:fail cancel', errno: 1 })
  })

  test('a video is not in an image picker: answering with one is the test\'s mistake', async () => {
    const rt = createRuntime({ user: { chooseImage: [{ type: 'video' }] } })
    await expect(rt.wx.chooseImage({})).rejects.toThrow(/picked a video .* only images/)
  })

  test('camera as the only source with the OS camera permission denied: "chooseImage:fail system permission denied"', async () => {
    const rt = createRuntime({ platform: 'android', os: { camera: 'denied' } })
    await expect(rt.wx.chooseImage({ sourceType: ['camera'] })).rejects.toEqual({ errMsg: 'chooseImage:fail:system permission denied', errno: 3 })
  })

  test('album only with the OS photo permission denied (iOS): fails with the album APIs\' OS text (L), no picker', async () => {
    const rt = createRuntime({ platform: 'ios', os: { album: 'denied' } })
    await expect(rt.wx.chooseImage({ sourceType: ['album'] })).rejects.toEqual({ errMsg: 'chooseImage:fail system deny', errno: 3 })
    expect(rt.prompts).toHaveLength(0)
  })

  test('a picked photo can be saved back to the album (saveImageToPhotosAlbum reads the same file store)', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { chooseImage: 1 } })
    const { tempFilePaths } = (await rt.wx.chooseImage({})) as Res
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: tempFilePaths[0]! })).resolves.toMatchObject({ errMsg: 'saveImageToPhotosAlbum:ok' })
    expect(rt.device.album.images.map((i) => i.filePath)).toEqual(tempFilePaths)
  })

  test('a privacy API: before the user agreed, the official popup shows first; refusing it fails 104', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { privacy: 'disagree' } })
    await expect(rt.wx.chooseImage({})).rejects.toMatchObject({ errno: 104 })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })
})
