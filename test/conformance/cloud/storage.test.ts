// Cloud storage from the mini program:
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/uploadFile/client.uploadFile.html
// (downloadFile, getTempFileURL, deleteFile alongside)
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

function app() {
  const rt = createRuntime()
  rt.wx.cloud.init({ env: 'demo-5c0mj' })
  return rt
}

describe('wx.cloud.uploadFile / downloadFile / getTempFileURL / deleteFile', () => {
  test("uploadFile: { fileID: 'cloud://<env>.<bucket>/<cloudPath>', statusCode: 200 }, and the bytes are in rt.cloud.files", async () => {
    const rt = app()
    rt.files.write('wxfile://tmp_avatar.png', 'PNG…')
    const res = await rt.wx.cloud.uploadFile({ cloudPath: 'avatars/me.png', filePath: 'wxfile://tmp_avatar.png' })
    expect(res.errMsg).toBe('cloud.uploadFile:ok')
    expect(res.statusCode).toBe(200)
    expect(res.fileID).toMatch(/^cloud:\/\/demo-5c0mj\.6465-demo-5c0mj-\d{10}\/avatars\/me\.png$/)
    expect(new TextDecoder().decode(rt.cloud.files.read(res.fileID))).toBe('PNG…')
  })

  test('binary files upload byte for byte', async () => {
    const rt = app()
    rt.files.write('wxfile://tmp_photo.jpg', new Uint8Array(1234))
    const { fileID } = await rt.wx.cloud.uploadFile({ cloudPath: 'p.jpg', filePath: 'wxfile://tmp_photo.jpg' })
    expect(rt.cloud.files.read(fileID)).toHaveLength(1234)
  })

  test('uploadFile of a path with no file fails', async () => {
    const rt = app()
    await expect(rt.wx.cloud.uploadFile({ cloudPath: 'a.png', filePath: 'wxfile://nothing.png' })).rejects.toMatchObject({ errMsg: 'cloud.uploadFile:fail file not found' })
    expect(rt.cloud.files.list()).toEqual([])
  })

  test('downloadFile saves a temp file with the bytes: { tempFilePath, statusCode: 200 }', async () => {
    const rt = app()
    const fileID = rt.cloud.files.write('docs/readme.txt', 'hello')
    const res = await rt.wx.cloud.downloadFile({ fileID })
    expect(res).toMatchObject({ errMsg: 'cloud.downloadFile:ok', statusCode: 200 })
    expect(res.tempFilePath).toMatch(/^wxfile:\/\/tmp_.*\.txt$/)
    expect(new TextDecoder().decode(rt.files.read(res.tempFilePath))).toBe('hello')
  })

  test('downloadFile of a fileID that is not there fails with -503003 STORAGE_FILE_NONEXIST', async () => {
    const rt = app()
    await expect(rt.wx.cloud.downloadFile({ fileID: 'cloud://demo-5c0mj.x/none.txt' })).rejects.toMatchObject({ errCode: -503003 })
  })

  test('getTempFileURL: per file status 0 with an https URL and maxAge; a missing one status -1 STORAGE_FILE_NONEXIST', async () => {
    const rt = app()
    const fileID = rt.cloud.files.write('a.png', 'x')
    const res = await rt.wx.cloud.getTempFileURL({ fileList: [fileID, 'cloud://demo-5c0mj.x/gone.png'] })
    expect(res.errMsg).toBe('cloud.getTempFileURL:ok')
    expect(res.fileList[0]).toEqual({ fileID, tempFileURL: expect.stringMatching(/^https:\/\/6465-demo-5c0mj-\d+\.tcb\.qcloud\.la\/a\.png$/), maxAge: 86400, status: 0, errMsg: 'ok' })
    expect(res.fileList[1]).toMatchObject({ fileID: 'cloud://demo-5c0mj.x/gone.png', status: -1, errMsg: 'STORAGE_FILE_NONEXIST' })
  })

  test('deleteFile: per file status; the file is gone afterwards', async () => {
    const rt = app()
    const fileID = rt.cloud.files.write('a.png', 'x')
    const res = await rt.wx.cloud.deleteFile({ fileList: [fileID, fileID] })
    expect(res).toEqual({
      errMsg: 'cloud.deleteFile:ok',
      fileList: [
        { fileID, status: 0, errMsg: 'ok' },
        { fileID, status: -1, errMsg: 'STORAGE_FILE_NONEXIST' },
      ],
    })
    expect(rt.cloud.files.list()).toEqual([])
  })

  test('the callback form of uploadFile returns a task (onProgressUpdate exists) and calls success', async () => {
    const rt = app()
    rt.files.write('wxfile://a', 'a')
    let fileID = ''
    const task = rt.wx.cloud.uploadFile({ cloudPath: 'a', filePath: 'wxfile://a', success: (r) => void (fileID = r.fileID) })
    expect(typeof task.onProgressUpdate).toBe('function')
    await rt.settle()
    expect(fileID).toMatch(/\/a$/)
  })

  test('storage calls before wx.cloud.init fail like every cloud API', async () => {
    const rt = createRuntime()
    await expect(rt.wx.cloud.deleteFile({ fileList: [] })).rejects.toMatchObject({ errCode: -1 })
  })
})
