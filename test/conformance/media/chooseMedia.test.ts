// wx.chooseMedia: https://developers.weixin.qq.com/miniprogram/dev/api/media/video/wx.chooseMedia.html
import { http, HttpResponse } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'
import { useServer } from '../../support/msw.ts'
import { useMediaApp } from './media-app.ts'

type Res = WechatMiniprogram.ChooseMediaSuccessCallbackResult
const PNG_1x1 = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 64, 0, 0, 0, 32, 8, 2, 0, 0, 0,
])

describe('wx.chooseMedia: the user picks photos or videos (doc, H)', () => {
  test('a count answer picks that many default photos: tempFiles with tempFilePath, size, fileType, width, height; type "image"', async () => {
    const rt = createRuntime({ user: { chooseMedia: 2 } })
    const res = (await rt.wx.chooseMedia({ count: 3, mediaType: ['image'] })) as Res
    expect(res.errMsg).toBe('chooseMedia:ok')
    expect(res.type).toBe('image')
    expect(res.tempFiles).toHaveLength(2)
    for (const f of res.tempFiles) {
      expect(f).toEqual({ tempFilePath: expect.stringMatching(/^wxfile:\/\/tmp_.+\.jpg$/), size: expect.any(Number), fileType: 'image', width: 1080, height: 1440 })
      expect(rt.files.read(f.tempFilePath)?.length).toBe(f.size)
    }
  })

  test('the picked bytes are the file: its size and its pixel size come from them', async () => {
    const rt = createRuntime({ user: { chooseMedia: [{ type: 'image', data: PNG_1x1 }] } })
    const { tempFiles } = (await rt.wx.chooseMedia({})) as Res
    expect(tempFiles[0]).toMatchObject({ width: 64, height: 32, size: PNG_1x1.length, tempFilePath: expect.stringMatching(/\.png$/) })
    expect(rt.files.read(tempFiles[0]!.tempFilePath)).toEqual(PNG_1x1)
  })

  test('a video carries duration and a thumbnail (thumbTempFilePath), and the result type is "video"', async () => {
    const rt = createRuntime({ user: { chooseMedia: [{ type: 'video', duration: 12, width: 1280, height: 720, size: 4096 }] } })
    const res = (await rt.wx.chooseMedia({ mediaType: ['video'] })) as Res
    expect(res.type).toBe('video')
    expect(res.tempFiles[0]).toEqual({
      tempFilePath: expect.stringMatching(/\.mp4$/), size: 4096, duration: 12, width: 1280, height: 720,
      thumbTempFilePath: expect.stringMatching(/\.jpg$/), fileType: 'video',
    })
  })

  test('the camera stops recording at maxDuration ("拍摄视频最长拍摄时间"); the album is not limited ("不限制相册")', async () => {
    const rt = createRuntime()
    rt.user.answer({ chooseMedia: { source: 'camera', files: { type: 'video', duration: 45 } } })
    const shot = (await rt.wx.chooseMedia({ mediaType: ['video'], maxDuration: 15 })) as Res
    expect(shot.tempFiles[0]!.duration).toBe(15)
    rt.user.answer({ chooseMedia: { source: 'album', files: { type: 'video', duration: 45 } } })
    const picked = (await rt.wx.chooseMedia({ mediaType: ['video'], maxDuration: 15 })) as Res
    expect(picked.tempFiles[0]!.duration).toBe(45)
  })

  test('maxDuration is limited to 3–60 s and count to 20 from base library 2.25.0 (9 before): what the picker is told', async () => {
    const seen: unknown[] = []
    const user = { chooseMedia: (p: { details: unknown }) => (seen.push(p.details), 1) }
    await createRuntime({ user }).wx.chooseMedia({ count: 50, maxDuration: 100 })
    await createRuntime({ SDKVersion: '2.24.0', user }).wx.chooseMedia({ count: 50, maxDuration: 1 })
    expect(seen).toMatchObject([{ count: 20, maxDuration: 60 }, { count: 9, maxDuration: 3 }])
  })

  test('defaults as the doc table: count 9, mediaType [image, video], sourceType [album, camera], maxDuration 10, camera back', async () => {
    const seen: unknown[] = []
    await createRuntime({ user: { chooseMedia: (p) => (seen.push(p.details), 1) } }).wx.chooseMedia({})
    expect(seen).toEqual([{
      count: 9, mediaType: ['image', 'video'], sourceType: ['album', 'camera'], sizeType: ['original', 'compressed'], maxDuration: 10, camera: 'back',
    }])
  })

  test('images and videos together need mediaType "mix": the result type is "mix"', async () => {
    const both = [{ type: 'image' }, { type: 'video' }] as const
    const rt = createRuntime({ user: { chooseMedia: both } })
    expect(((await rt.wx.chooseMedia({ mediaType: ['mix'] })) as Res).type).toBe('mix')
    await expect(createRuntime({ user: { chooseMedia: both } }).wx.chooseMedia({})).rejects.toThrow(FakeWxError)
  })

  test('more files than count is something the picker never allows: the test hears so', async () => {
    const rt = createRuntime({ user: { chooseMedia: 3 } })
    await expect(rt.wx.chooseMedia({ count: 2 })).rejects.toThrow(/picked 3 files .* count is 2/)
  })

  test('cancel: "chooseMedia:fail cancel" (research.md §2.2, M), errno 1', async () => {
    const rt = createRuntime({ user: { chooseMedia: 'cancel' } })
    await expect(rt.wx.chooseMedia({})).rejects.toEqual({ errMsg: 'chooseMedia:fail cancel', errno: 1 })
  })

  test('parameter types are checked first: count must be a Number', async () => {
    const rt = createRuntime()
    await expect(rt.wx.chooseMedia({ count: '2' as never })).rejects.toEqual({
      errMsg: 'chooseMedia:fail parameter error: parameter.count should be Number instead of String;', errno: 1001,
    })
    expect(rt.prompts).toHaveLength(0)
  })

  test('a privacy API (chosenMedia): undeclared in the guide it fails 112 before the picker opens', async () => {
    const rt = createRuntime({ privacy: { declared: ['location'] }, user: { chooseMedia: 1 } })
    await expect(rt.wx.chooseMedia({})).rejects.toEqual({ errMsg: 'chooseMedia:fail api scope is not declared in the privacy agreement', errno: 112 })
    expect(rt.prompts).toHaveLength(0)
  })
})

describe('wx.chooseMedia and the phone\'s permissions', () => {
  test('camera only, WeChat denied the camera in the phone\'s Settings: fails with the OS text, no picker', async () => {
    const rt = createRuntime({ os: { camera: 'denied' } })
    await expect(rt.wx.chooseMedia({ sourceType: ['camera'] })).rejects.toEqual({ errMsg: 'chooseMedia:fail system permission denied', errno: 3 })
    expect(rt.prompts).toHaveLength(0)
  })

  test('album and camera allowed: the user chooses the camera, then the OS permission decides', async () => {
    const rt = createRuntime({ os: { camera: 'denied' }, user: { chooseMedia: { source: 'camera' } } })
    await expect(rt.wx.chooseMedia({})).rejects.toMatchObject({ errMsg: 'chooseMedia:fail system permission denied' })
    const album = createRuntime({ os: { camera: 'denied' }, user: { chooseMedia: { source: 'album' } } })
    await expect(album.wx.chooseMedia({})).resolves.toMatchObject({ errMsg: 'chooseMedia:ok' })
  })

  test('iOS, camera never asked ("not determined"): the system dialog shows; allowing lets the camera open', async () => {
    const rt = createRuntime({ platform: 'ios', os: { camera: 'not determined' }, user: { osPermission: 'allow', chooseMedia: 1 } })
    await expect(rt.wx.chooseMedia({ sourceType: ['camera'] })).resolves.toMatchObject({ errMsg: 'chooseMedia:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['osPermission', 'chooseMedia'])
    expect(rt.device.os.get('camera')).toBe('authorized')
  })

  test('no scope dialog: choosing from the camera does not need scope.camera (it guards <camera>, seed table)', async () => {
    const rt = createRuntime({ scenario: 'denied-once', user: { chooseMedia: { source: 'camera' } } })
    await expect(rt.wx.chooseMedia({})).resolves.toMatchObject({ errMsg: 'chooseMedia:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['chooseMedia'])
  })
})

describe('app code: the profile page\'s avatar button picks a photo and uploads it', () => {
  const server = useServer()
  const start = useMediaApp()
  const domains = { uploadFile: ['https://api.example.com'] }

  test('the picked (compressed) photo is what uploadFile sends: the server gets a JPEG of its bytes', async () => {
    let received: { name: string; type: string; bytes: number[] } | undefined
    server.use(
      http.post('https://api.example.com/avatar', async ({ request }) => {
        const file = (await request.formData()).get('avatar') as File
        received = { name: file.name, type: file.type, bytes: [...new Uint8Array(await file.arrayBuffer()).slice(0, 2)] }
        return HttpResponse.text(JSON.stringify({ url: 'https://cdn.example.com/a.jpg' }))
      }),
    )
    const rt = start({ domains, user: { chooseMedia: [{ width: 800, height: 800 }] } })
    const page = await rt.open('pages/profile/index')
    await page.tap('changeAvatar')
    await vi.waitFor(() => expect(page.data.uploaded).toBe('https://cdn.example.com/a.jpg'))
    expect(page.data.avatar).toMatch(/^wxfile:\/\/tmp_.+\.jpg$/)
    expect(received).toMatchObject({ name: expect.stringMatching(/\.jpg$/), bytes: [0xff, 0xd8] })
  })

  test('the user cancels the picker: nothing uploaded, no error shown (the app ignores "chooseMedia:fail cancel")', async () => {
    const rt = start({ domains, user: { chooseMedia: 'cancel' } })
    const page = await rt.open('pages/profile/index')
    await page.tap('changeAvatar')
    await rt.settle()
    expect(page.data).toMatchObject({ avatar: '', uploaded: '', error: '' })
  })
})
