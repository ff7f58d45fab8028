// wx.saveVideoToPhotosAlbum: https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.saveVideoToPhotosAlbum.html
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

const stage = (rt: Runtime, path: string) => (rt.files.write(path, 'video bytes'), path)

describe('wx.saveVideoToPhotosAlbum', () => {
  test('saves an mp4 to the album after the dialog; the album shows it as a video', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    const filePath = stage(rt, 'wxfile://tmp_clip.mp4')
    await expect(rt.wx.saveVideoToPhotosAlbum({ filePath })).resolves.toEqual({ errMsg: 'saveVideoToPhotosAlbum:ok' })
    expect(rt.device.album.videos.map((v) => v.filePath)).toEqual([filePath])
    expect(rt.device.album.images).toHaveLength(0)
  })

  test('"支持mp4视频格式": another format fails with "saveVideoToPhotosAlbum:fail invalid video"', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    for (const ext of ['mov', 'webm', 'jpg']) {
      await expect(rt.wx.saveVideoToPhotosAlbum({ filePath: stage(rt, `wxfile://tmp_clip.${ext}`) })).rejects.toEqual({
        errMsg: 'saveVideoToPhotosAlbum:fail invalid video',
      })
    }
    expect(rt.device.album.items).toHaveLength(0)
  })

  test('a missing file: "saveVideoToPhotosAlbum:fail file not found"', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await expect(rt.wx.saveVideoToPhotosAlbum({ filePath: 'wxfile://tmp_gone.mp4' })).rejects.toEqual({
      errMsg: 'saveVideoToPhotosAlbum:fail file not found',
    })
  })

  test('shares scope.writePhotosAlbum with images: allowed once for an image, no dialog for the video', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    await rt.wx.saveImageToPhotosAlbum({ filePath: stage(rt, 'wxfile://tmp_a.png') })
    await rt.wx.saveVideoToPhotosAlbum({ filePath: stage(rt, 'wxfile://tmp_b.mp4') })
    expect(rt.prompts.filter((p) => p.kind === 'authorize')).toHaveLength(1)
    expect(rt.device.album.items.map((i) => i.kind)).toEqual(['image', 'video'])
  })

  test('denied before: "saveVideoToPhotosAlbum:fail auth deny" at once, no dialog', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    await expect(rt.wx.saveVideoToPhotosAlbum({ filePath: stage(rt, 'wxfile://tmp_c.mp4') })).rejects.toEqual({
      errMsg: 'saveVideoToPhotosAlbum:fail auth deny',
      errno: 103,
    })
    expect(rt.prompts).toHaveLength(0)
  })
})
