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
