// wx.editImage: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.editImage.html
// wx.cropImage: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.cropImage.html
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'
import { settleCall } from '../../support/msw.ts'

async function photo(rt: Runtime, width: number, height: number): Promise<string> {
  rt.user.answer({ chooseImage: [{ width, height }] })
  return ((await rt.wx.chooseImage({})) as WechatMiniprogram.ChooseImageSuccessCallbackResult).tempFilePaths[0]!
}
type Res = WechatMiniprogram.CropImageSuccessCallbackResult

describe('wx.editImage (doc, H)', () => {
  test('callbacks only ("以 Promise 风格 调用：不支持"): the edited image is a new temp file of the edited size', async () => {
    const rt = createRuntime({ user: { editImage: { width: 500, height: 500 } } })
    const src = await photo(rt, 1000, 800)
    const r = await settleCall<Res>((cbs) => rt.wx.editImage({ src, ...cbs }))
    if (!r.ok) throw new Error(r.err.errMsg)
    expect(r.res.errMsg).toBe('editImage:ok')
    expect(r.res.tempFilePath).not.toBe(src)
    expect(await rt.wx.getImageInfo({ src: r.res.tempFilePath })).toMatchObject({ width: 500, height: 500 })
  })

  test('cancel in the editor: "editImage:fail cancel"', async () => {
    const rt = createRuntime({ user: { editImage: 'cancel' } })
    const src = await photo(rt, 10, 10)
    expect(await settleCall((cbs) => rt.wx.editImage({ src, ...cbs }))).toEqual({ ok: false, err: { errMsg: 'editImage:fail cancel', errno: 1 } })
  })
})

describe('wx.cropImage (doc, H)', () => {
  test('the largest centred frame of cropScale: 4000×3000 at 1:1 → 3000×3000', async () => {
    const rt = createRuntime({ user: { cropImage: 'done' } })
    const src = await photo(rt, 4000, 3000)
    const r = await settleCall<Res>((cbs) => rt.wx.cropImage({ src, cropScale: '1:1', ...cbs }))
    if (!r.ok) throw new Error(r.err.errMsg)
    expect(await rt.wx.getImageInfo({ src: r.res.tempFilePath })).toMatchObject({ width: 3000, height: 3000 })
  })

  test('cropScale is required: parameter error', async () => {
    const rt = createRuntime()
    expect(await settleCall((cbs) => rt.wx.cropImage({ src: 'wxfile://tmp_a.jpg', ...cbs } as never))).toEqual({
      ok: false, err: { errMsg: 'cropImage:fail parameter error: parameter.cropScale should be String instead of Undefined;', errno: 1001 },
    })
  })
})
