import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { settleCall, useServer } from '../../support/msw.ts'

const UP = 'https://upload.example.com'
const server = useServer()
const runtime = () => createRuntime({ domains: { uploadFile: [UP] } })

describe('wx.uploadFile (api/network/upload/wx.uploadFile.html)', () => {
  test('POSTs multipart/form-data: the file under `name`, plus formData; success { data: text, statusCode }', async () => {
    server.use(
      http.post(`${UP}/avatar`, async ({ request }) => {
        const form = await request.formData()
        const file = form.get('photo') as File
        return HttpResponse.text(JSON.stringify({ ct: request.headers.get('content-type'), user: form.get('user'), n: form.get('n'), file: file.name, text: await file.text() }), { status: 201 })
      }),
    )
    const rt = runtime()
    rt.files.write('wxfile://tmp_a.png', 'PNGDATA')
    const r = await settleCall<WechatMiniprogram.UploadFileSuccessCallbackResult>((cbs) =>
      rt.wx.uploadFile({ url: `${UP}/avatar`, filePath: 'wxfile://tmp_a.png', name: 'photo', formData: { user: 'u1', n: 2 }, ...cbs }),
    )
    if (!r.ok) throw new Error(r.err.errMsg)
    expect(r.res.errMsg).toBe('uploadFile:ok')
    expect(r.res.statusCode).toBe(201)
    expect(typeof r.res.data).toBe('string') // never parsed, unlike wx.request
    expect(JSON.parse(r.res.data)).toEqual({ ct: expect.stringMatching(/^multipart\/form-data; boundary=/), user: 'u1', n: '2', file: 'tmp_a.png', text: 'PNGDATA' })
  })

  test('returns an UploadTask whose progress listener hears the file sent', async () => {
    server.use(http.post(`${UP}/f`, () => HttpResponse.text('ok')))
    const rt = runtime()
    rt.files.write('wxfile://f', new Uint8Array(10))
    const progress: unknown[] = []
    await settleCall((cbs) => {
      const task = rt.wx.uploadFile({ url: `${UP}/f`, filePath: 'wxfile://f', name: 'f', ...cbs })
      expect(Object.keys(task).sort()).toEqual(['abort', 'offHeadersReceived', 'offProgressUpdate', 'onHeadersReceived', 'onProgressUpdate'])
      task.onProgressUpdate((p) => progress.push(p))
    })
    expect(progress).toEqual([{ progress: 100, totalBytesSent: 10, totalBytesExpectedToSend: 10 }])
  })

  test('a path with no file: uploadFile:fail file not found', async () => {
    const r = await settleCall((cbs) => runtime().wx.uploadFile({ url: `${UP}/f`, filePath: 'wxfile://none', name: 'f', ...cbs }))
    expect(r).toEqual({ ok: false, err: { errMsg: 'uploadFile:fail file not found' } })
  })

  test('the uploadFile domain list applies: uploadFile:fail url not in domain list', async () => {
    const rt = createRuntime({ domains: { request: [UP] } })
    rt.files.write('wxfile://f', 'x')
    const r = await settleCall((cbs) => rt.wx.uploadFile({ url: `${UP}/f`, filePath: 'wxfile://f', name: 'f', ...cbs }))
    expect(r).toEqual({ ok: false, err: { errMsg: 'uploadFile:fail url not in domain list', errno: 600002 } })
  })
})
