// wx.compressImage: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.compressImage.html
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

async function photo(rt: Runtime, picked: object): Promise<string> {
  rt.user.answer({ chooseImage: [picked] })
  return ((await rt.wx.chooseImage({ sizeType: ['original'] })) as WechatMiniprogram.ChooseImageSuccessCallbackResult).tempFilePaths[0]!
}
type Res = WechatMiniprogram.CompressImageSuccessCallbackResult

describe('wx.compressImage (doc, H)', () => {
  test('a new temp file, smaller than a large original, same pixel size by default', async () => {
    const rt = createRuntime()
    const src = await photo(rt, { width: 3000, height: 4000, size: 4_000_000 })
    const { tempFilePath } = (await rt.wx.compressImage({ src, quality: 60 })) as Res
    expect(tempFilePath).not.toBe(src)
    expect(rt.files.read(tempFilePath)!.length).toBeLessThan(4_000_000)
    expect(await rt.wx.getImageInfo({ src: tempFilePath })).toMatchObject({ type: 'jpeg', width: 3000, height: 4000 })
  })

  test('compressedWidth alone: the height follows the aspect ratio ("等比缩放")', async () => {
    const rt = createRuntime()
    const src = await photo(rt, { width: 3000, height: 4000 })
    const { tempFilePath } = (await rt.wx.compressImage({ src, compressedWidth: 750 })) as Res
    expect(await rt.wx.getImageInfo({ src: tempFilePath })).toMatchObject({ width: 750, height: 1000 })
  })

  test('a missing file fails; src is required', async () => {
    const rt = createRuntime()
    await expect(rt.wx.compressImage({ src: 'wxfile://tmp_none.jpg' })).rejects.toEqual({ errMsg: 'compressImage:fail file not found' })
    await expect(rt.wx.compressImage({} as never)).rejects.toMatchObject({ errno: 1001 })
  })
})

describe('wx.compressImage on iOS ("iOS 仅支持压缩 JPG 格式图片", doc, H)', () => {
  test('a PNG is not compressed on iOS: the new file has the same bytes (L); Android re-encodes it at the asked size', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 0, 0, 0, 0])
    const ios = createRuntime({ platform: 'ios' })
    ios.files.write('wxfile://usr/a.png', png)
    const a = (await ios.wx.compressImage({ src: 'wxfile://usr/a.png', compressedWidth: 64 })) as Res
    expect(ios.files.read(a.tempFilePath)).toEqual(png)
    const android = createRuntime({ platform: 'android' })
    android.files.write('wxfile://usr/a.png', png)
    const b = (await android.wx.compressImage({ src: 'wxfile://usr/a.png', compressedWidth: 64 })) as Res
    expect(await android.wx.getImageInfo({ src: b.tempFilePath })).toMatchObject({ type: 'png', width: 64, height: 64 })
  })
})
