// wx.saveImageToPhotosAlbum with the OS layer off: held, and now tested (issue 11 fidelity list).
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

const stage = (rt: Runtime, path: string) => (rt.files.write(path, 'file bytes'), path)

describe("saveImageToPhotosAlbum when WeChat has no Photos permission (research §2.2 [CODE], M)", () => {
  test('iOS: "saveImageToPhotosAlbum:fail system deny", errno 3', async () => {
    const rt = createRuntime({ platform: 'ios', scenario: ['granted', 'os-denied'] })
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: stage(rt, 'wxfile://tmp_a.jpg') })).rejects.toEqual({ errMsg: 'saveImageToPhotosAlbum:fail system deny', errno: 3 })
    expect(rt.device.album.images).toEqual([])
  })

  test('Android: "saveImageToPhotosAlbum:fail:system denied", errno 3', async () => {
    const rt = createRuntime({ platform: 'android', scenario: ['granted', 'os-denied'] })
    await expect(rt.wx.saveImageToPhotosAlbum({ filePath: stage(rt, 'wxfile://tmp_a.jpg') })).rejects.toEqual({ errMsg: 'saveImageToPhotosAlbum:fail:system denied', errno: 3 })
  })
})
