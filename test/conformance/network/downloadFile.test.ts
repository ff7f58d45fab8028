import { delay, http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { settleCall, useServer } from '../../support/msw.ts'

const CDN = 'https://cdn.example.com'
const server = useServer()
const runtime = (platform?: 'devtools') => createRuntime({ domains: { downloadFile: [CDN] }, ...(platform ? { platform } : {}) })
type Res = WechatMiniprogram.DownloadFileSuccessCallbackResult

describe('wx.downloadFile (api/network/download/wx.downloadFile.html)', () => {
  test('saves the body as a temporary file: { tempFilePath, statusCode }', async () => {
    server.use(http.get(`${CDN}/a/logo.PNG`, () => new HttpResponse(new Uint8Array([137, 80, 78, 71]))))
    const rt = runtime()
    const r = await settleCall<Res>((cbs) => rt.wx.downloadFile({ url: `${CDN}/a/logo.PNG?v=2`, ...cbs }))
    if (!r.ok) throw new Error(r.err.errMsg)
    expect(r.res).toEqual({ errMsg: 'downloadFile:ok', tempFilePath: 'wxfile://tmp_00000001.png', statusCode: 200 })
    expect([...rt.files.read(r.res.tempFilePath)!]).toEqual([137, 80, 78, 71])
  })

  test('DevTools temp paths look like http://tmp/…', async () => {
    server.use(http.get(`${CDN}/f.txt`, () => HttpResponse.text('hi')))
    const r = await settleCall<Res>((cbs) => runtime('devtools').wx.downloadFile({ url: `${CDN}/f.txt`, ...cbs }))
    expect(r).toMatchObject({ ok: true, res: { tempFilePath: 'http://tmp/00000001.txt' } })
  })

  test('with filePath: saved there, and the result has filePath instead of tempFilePath', async () => {
    server.use(http.get(`${CDN}/f.txt`, () => HttpResponse.text('hi')))
    const rt = runtime()
    const r = await settleCall<Res>((cbs) => rt.wx.downloadFile({ url: `${CDN}/f.txt`, filePath: 'wxfile://usr/f.txt', ...cbs }))
    expect(r).toEqual({ ok: true, res: { errMsg: 'downloadFile:ok', filePath: 'wxfile://usr/f.txt', statusCode: 200 } })
    expect(new TextDecoder().decode(rt.files.read('wxfile://usr/f.txt'))).toBe('hi')
  })

  test('a status other than 200/304 is still success, without tempFilePath', async () => {
    server.use(http.get(`${CDN}/gone`, () => HttpResponse.text('no', { status: 404 })))
    const r = await settleCall<Res>((cbs) => runtime().wx.downloadFile({ url: `${CDN}/gone`, ...cbs }))
    expect(r).toEqual({ ok: true, res: { errMsg: 'downloadFile:ok', statusCode: 404 } })
  })

  test('DownloadTask: onHeadersReceived gets { header }; progress reports the bytes; abort fails with downloadFile:fail abort', async () => {
    server.use(http.get(`${CDN}/f`, () => HttpResponse.text('12345', { headers: { ETag: '"x"' } })), http.get(`${CDN}/slow`, async () => (await delay('infinite'), HttpResponse.text(''))))
    const rt = runtime()
    const seen: unknown[] = []
    await settleCall((cbs) => {
      const task = rt.wx.downloadFile({ url: `${CDN}/f`, ...cbs })
      task.onHeadersReceived((h) => seen.push(h.header.Etag))
      task.onProgressUpdate((p) => seen.push(p))
    })
    expect(seen).toEqual(['"x"', { progress: 100, totalBytesWritten: 5, totalBytesExpectedToWrite: 5 }])
    const aborted = settleCall((cbs) => rt.wx.downloadFile({ url: `${CDN}/slow`, ...cbs }).abort())
    await expect(aborted).resolves.toEqual({ ok: false, err: { errMsg: 'downloadFile:fail abort' } })
  })

  test('timeout from app.json networkTimeout.downloadFile, on the runtime clock', async () => {
    server.use(http.get(`${CDN}/slow`, async () => (await delay('infinite'), HttpResponse.text(''))))
    const rt = createRuntime({ domains: { downloadFile: [CDN] }, appJson: { networkTimeout: { downloadFile: 2000 } } })
    const r = settleCall((cbs) => rt.wx.downloadFile({ url: `${CDN}/slow`, ...cbs }))
    rt.clock.advance(2000)
    await expect(r).resolves.toEqual({ ok: false, err: { errMsg: 'downloadFile:fail timeout', errno: 5 } })
  })
})
