// wx.getVideoInfo: https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.getVideoInfo.html
// wx.compressVideo: https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.compressVideo.html
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

type Info = WechatMiniprogram.GetVideoInfoSuccessCallbackResult
async function video(rt: Runtime): Promise<string> {
  rt.user.answer({ chooseVideo: { duration: 10, width: 1080, height: 1920, size: 2_500_000 } })
  return ((await rt.wx.chooseVideo({ sourceType: ['album'] })) as WechatMiniprogram.ChooseVideoSuccessCallbackResult).tempFilePath
}

describe('wx.getVideoInfo (typings, H)', () => {
  test('a picked video: width, height, duration, size in kB, bitrate in kbps, fps, type, orientation', async () => {
    const rt = createRuntime()
    const src = await video(rt)
    expect(await rt.wx.getVideoInfo({ src })).toEqual({
      errMsg: 'getVideoInfo:ok', orientation: 'up', type: 'mp4', width: 1080, height: 1920, duration: 10, size: 2441, fps: 30, bitrate: 2000,
    })
  })

  test('a missing file fails; src is required', async () => {
    const rt = createRuntime()
    await expect(rt.wx.getVideoInfo({ src: 'wxfile://tmp_none.mp4' })).rejects.toEqual({ errMsg: 'getVideoInfo:fail file not found' })
    await expect(rt.wx.getVideoInfo({} as never)).rejects.toMatchObject({ errno: 1001 })
  })
})

describe('wx.compressVideo (doc, H)', () => {
  test('quality "low": a new, smaller file at a lower resolution; bitrate/fps/resolution are ignored when quality is given', async () => {
    const rt = createRuntime()
    const src = await video(rt)
    const res = (await rt.wx.compressVideo({ src, quality: 'low', bitrate: 99_999, fps: 60, resolution: 1 })) as WechatMiniprogram.CompressVideoSuccessCallbackResult
    expect(res.tempFilePath).not.toBe(src)
    expect(res.size).toBeLessThan(2441)
    const info = (await rt.wx.getVideoInfo({ src: res.tempFilePath })) as Info
    expect(info).toMatchObject({ width: 540, height: 960, bitrate: 500, duration: 10 })
  })

  test('bitrate, fps and resolution for finer control', async () => {
    const rt = createRuntime()
    const src = await video(rt)
    const res = (await rt.wx.compressVideo({ src, bitrate: 800, fps: 24, resolution: 0.5 })) as WechatMiniprogram.CompressVideoSuccessCallbackResult
    expect(await rt.wx.getVideoInfo({ src: res.tempFilePath })).toMatchObject({ width: 540, height: 960, bitrate: 800, fps: 24 })
  })
})
