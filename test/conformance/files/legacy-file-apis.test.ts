import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('the legacy saved-file APIs (api/file/wx.saveFile.html …)', () => {
  test('wx.saveFile moves the temp file; wx.getSavedFileList / getSavedFileInfo list it; wx.removeSavedFile deletes it', async () => {
    const rt = createRuntime()
    rt.clock.advance(60_000)
    rt.files.write('wxfile://tmp_receipt.pdf', '%PDF-1.4')
    const { savedFilePath } = await rt.wx.saveFile({ tempFilePath: 'wxfile://tmp_receipt.pdf' })
    expect(savedFilePath).toMatch(/^wxfile:\/\/store_[0-9a-f]{32}\.pdf$/)
    expect(rt.files.read('wxfile://tmp_receipt.pdf')).toBeUndefined()
    const createTime = Math.floor(rt.clock.now() / 1000)
    await expect(rt.wx.getSavedFileList()).resolves.toEqual({ errMsg: 'getSavedFileList:ok', fileList: [{ filePath: savedFilePath, size: 8, createTime }] })
    await expect(rt.wx.getSavedFileInfo({ filePath: savedFilePath })).resolves.toEqual({ errMsg: 'getSavedFileInfo:ok', size: 8, createTime })
    await expect(rt.wx.removeSavedFile({ filePath: savedFilePath })).resolves.toEqual({ errMsg: 'removeSavedFile:ok' })
    await expect(rt.wx.getSavedFileInfo({ filePath: savedFilePath })).rejects.toEqual({ errMsg: 'getSavedFileInfo:fail file not exist' })
  })

  test('the saved file is the same store the FileSystemManager sees', async () => {
    const rt = createRuntime({ platform: 'devtools' })
    rt.files.write('http://tmp/a.png', 'png')
    const { savedFilePath } = await rt.wx.saveFile({ tempFilePath: 'http://tmp/a.png' })
    expect(savedFilePath).toMatch(/^http:\/\/store\//)
    expect(rt.wx.getFileSystemManager().readFileSync(savedFilePath, 'utf8')).toBe('png')
  })

  test('wx.saveFile of a path that is not a temporary file fails "tempFilePath file not exist"', async () => {
    const rt = createRuntime()
    await expect(rt.wx.saveFile({ tempFilePath: 'wxfile://tmp_none.png' })).rejects.toEqual({ errMsg: 'saveFile:fail tempFilePath file not exist' })
  })

  test('wx.getFileInfo: size and a real md5 (default) or sha1 digest', async () => {
    const rt = createRuntime()
    rt.files.write('wxfile://tmp_h.txt', 'hello')
    await expect(rt.wx.getFileInfo({ filePath: 'wxfile://tmp_h.txt' })).resolves.toEqual({
      errMsg: 'getFileInfo:ok',
      size: 5,
      digest: '5d41402abc4b2a76b9719d911017c592',
    })
    await expect(rt.wx.getFileInfo({ filePath: 'wxfile://tmp_h.txt', digestAlgorithm: 'sha1' })).resolves.toMatchObject({
      digest: 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d',
    })
    await expect(rt.wx.getFileInfo({ filePath: 'wxfile://tmp_none' })).rejects.toEqual({ errMsg: 'getFileInfo:fail file not exist' })
  })
})

describe('wx.openDocument (api/file/wx.openDocument.html)', () => {
  test('opens a downloaded document: openDocument:ok, recorded in rt.files.openedDocuments', async () => {
    const rt = createRuntime()
    rt.files.write('wxfile://tmp_invoice.pdf', '%PDF')
    await expect(rt.wx.openDocument({ filePath: 'wxfile://tmp_invoice.pdf', showMenu: true })).resolves.toEqual({ errMsg: 'openDocument:ok' })
    expect(rt.files.openedDocuments).toEqual([{ filePath: 'wxfile://tmp_invoice.pdf', fileType: 'pdf', showMenu: true, at: rt.clock.now() }])
  })

  test('a file that is not there, or a type outside doc/xls/ppt/pdf, fails and opens nothing', async () => {
    const rt = createRuntime()
    rt.files.write('wxfile://tmp_a.txt', 'x')
    await expect(rt.wx.openDocument({ filePath: 'wxfile://tmp_gone.pdf' })).rejects.toMatchObject({ errMsg: expect.stringMatching(/^openDocument:fail /) })
    await expect(rt.wx.openDocument({ filePath: 'wxfile://tmp_a.txt' })).rejects.toMatchObject({ errMsg: expect.stringMatching(/^openDocument:fail /) })
    expect(rt.files.openedDocuments).toEqual([])
  })
})
