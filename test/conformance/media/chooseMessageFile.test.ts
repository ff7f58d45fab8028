// wx.chooseMessageFile: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseMessageFile.html
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'

type Res = WechatMiniprogram.ChooseMessageFileSuccessCallbackResult

describe('wx.chooseMessageFile (doc, H)', () => {
  test('tempFiles [{ path, size, name, type, time }]: the chat file\'s bytes are in the file store under a temp path', async () => {
    const rt = createRuntime({ user: { chooseMessageFile: [{ name: '报价单.pdf', data: '%PDF-1.7 quote', time: 1700000000 }] } })
    const { tempFiles } = (await rt.wx.chooseMessageFile({ count: 1, type: 'file' })) as Res
    expect(tempFiles).toEqual([{ path: expect.stringMatching(/^wxfile:\/\/tmp_.+\.pdf$/), size: 14, name: '报价单.pdf', type: 'file', time: 1700000000 }])
    expect(new TextDecoder().decode(rt.files.read(tempFiles[0]!.path))).toBe('%PDF-1.7 quote')
  })

  test('a count answer picks default files of the asked type', async () => {
    const rt = createRuntime({ user: { chooseMessageFile: 2 } })
    const { tempFiles } = (await rt.wx.chooseMessageFile({ count: 5, type: 'image' })) as Res
    expect(tempFiles.map((f) => [f.type, f.name])).toEqual([['image', 'IMG_0001.jpg'], ['image', 'IMG_0002.jpg']])
    expect(await rt.wx.getImageInfo({ src: tempFiles[0]!.path })).toMatchObject({ type: 'jpeg' })
  })

  test('extension filters the list when type is "file": picking another kind is the test\'s mistake', async () => {
    const rt = createRuntime({ user: { chooseMessageFile: [{ name: 'a.docx' }] } })
    await expect(rt.wx.chooseMessageFile({ count: 1, type: 'file', extension: ['pdf'] })).rejects.toThrow(FakeWxError)
  })

  test('count is required: parameter error', async () => {
    await expect(createRuntime().wx.chooseMessageFile({} as never)).rejects.toEqual({
      errMsg: 'chooseMessageFile:fail parameter error: parameter.count should be Number instead of Undefined;', errno: 1001,
    })
  })

  test('cancel: "chooseMessageFile:fail cancel" (app code, M)', async () => {
    await expect(createRuntime({ user: { chooseMessageFile: 'cancel' } }).wx.chooseMessageFile({ count: 1 })).rejects.toEqual({
      errMsg: 'chooseMessageFile:fail cancel', errno: 1,
    })
  })

  test('a privacy API (chosenFile): undeclared, it fails 112 before the list opens', async () => {
    const rt = createRuntime({ privacy: { declared: ['chosenMedia'] } })
    await expect(rt.wx.chooseMessageFile({ count: 1 })).rejects.toMatchObject({ errno: 112 })
    expect(rt.prompts).toHaveLength(0)
  })
})
