// wx.previewImage: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.previewImage.html
// wx.previewMedia: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.previewMedia.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

const shown = (rt: ReturnType<typeof createRuntime>) => rt.trace.filter((e) => e.type === 'event' && e.name.startsWith('preview')).map((e) => (e as { payload: unknown }).payload)

describe('wx.previewImage (doc, H)', () => {
  test('opens the viewer on `current`; the trace records what it shows', async () => {
    const rt = createRuntime()
    const urls = ['https://img.example.com/1.jpg', 'https://img.example.com/2.jpg']
    await expect(rt.wx.previewImage({ urls, current: urls[1] })).resolves.toEqual({ errMsg: 'previewImage:ok' })
    expect(shown(rt)).toEqual([{ api: 'previewImage', urls, current: urls[1], showmenu: true }])
  })

  test('current defaults to the first url', async () => {
    const rt = createRuntime()
    await rt.wx.previewImage({ urls: ['a.jpg', 'b.jpg'] })
    expect(shown(rt)).toMatchObject([{ current: 'a.jpg' }])
  })

  test('urls is required and must be an Array: parameter error', async () => {
    const rt = createRuntime()
    await expect(rt.wx.previewImage({ urls: 'a.jpg' as never })).rejects.toEqual({
      errMsg: 'previewImage:fail parameter error: parameter.urls should be Array instead of String;', errno: 1001,
    })
  })
})

describe('wx.previewMedia (doc, H)', () => {
  test('shows images and videos from `current` (an index)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.previewMedia({ sources: [{ url: 'a.jpg' }, { url: 'b.mp4', type: 'video' }], current: 1 })).resolves.toEqual({ errMsg: 'previewMedia:ok' })
    expect(shown(rt)).toMatchObject([{ api: 'previewMedia', urls: ['a.jpg', 'b.mp4'], current: 'b.mp4' }])
  })
})
