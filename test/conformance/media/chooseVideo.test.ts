// wx.chooseVideo: https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseVideo.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

type Res = WechatMiniprogram.ChooseVideoSuccessCallbackResult

describe('wx.chooseVideo (doc, H)', () => {
  test('success: { tempFilePath, duration, size, height, width } of the picked video; the mp4 is in the file store', async () => {
    const rt = createRuntime({ user: { chooseVideo: { type: 'video', duration: 20, width: 1920, height: 1080, size: 20_000 } } })
    const res = (await rt.wx.chooseVideo({})) as Res
    expect(res).toEqual({ errMsg: 'chooseVideo:ok', tempFilePath: expect.stringMatching(/\.mp4$/), duration: 20, size: 20_000, width: 1920, height: 1080 })
    expect(rt.files.read(res.tempFilePath)?.length).toBe(20_000)
  })

  test('maxDuration (default 60 s) limits what the camera records', async () => {
    const rt = createRuntime({ user: { chooseVideo: { source: 'camera', files: { duration: 90 } } } })
    expect(((await rt.wx.chooseVideo({})) as Res).duration).toBe(60)
    rt.user.answer({ chooseVideo: { source: 'camera', files: { duration: 90 } } })
    expect(((await rt.wx.chooseVideo({ maxDuration: 30 })) as Res).duration).toBe(30)
  })

  test('the saved video can go to the album (saveVideoToPhotosAlbum takes mp4 files)', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { chooseVideo: 1 } })
    const { tempFilePath } = (await rt.wx.chooseVideo({ sourceType: ['album'] })) as Res
    await expect(rt.wx.saveVideoToPhotosAlbum({ filePath: tempFilePath })).resolves.toMatchObject({ errMsg: 'saveVideoToPhotosAlbum:ok' })
  })

  test('cancel: "chooseVideo:fail cancel" (app code, M)', async () => {
    await expect(createRuntime({ user: { chooseVideo: 'cancel' } }).wx.chooseVideo({})).rejects.toEqual({ errMsg: 'chooseVideo:fail cancel', errno: 1 })
  })

  test('compressed must be a Boolean: parameter error', async () => {
    await expect(createRuntime().wx.chooseVideo({ compressed: 'yes' as never })).rejects.toEqual({
      errMsg: 'chooseVideo:fail parameter error: parameter.compressed should be Boolean instead of String;', errno: 1001,
    })
  })
})
