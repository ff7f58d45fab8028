import { http, HttpResponse, delay } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError, type RuntimeOptions } from '../../../src/index.ts'
import { settleCall, useServer } from '../../support/msw.ts'

const API = 'https://api.example.com'
const server = useServer()

/** What the server saw: method, URL, headers, body. */
function echo() {
  server.use(
    http.all(`${API}/*`, async ({ request }) =>
      HttpResponse.json({
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body: request.method === 'GET' || request.method === 'HEAD' ? null : await request.text(),
      }),
    ),
  )
}

const runtime = (o: RuntimeOptions = {}) => createRuntime({ domains: { request: [API] }, ...o })
type Echo = { method: string; url: string; headers: Record<string, string>; body: string | null }

function send(rt: ReturnType<typeof runtime>, options: Omit<WechatMiniprogram.RequestOption, 'success' | 'fail'>) {
  return settleCall<WechatMiniprogram.RequestSuccessCallbackResult>((cbs) => rt.wx.request({ ...options, ...cbs }))
}

async function sent(options: Omit<WechatMiniprogram.RequestOption, 'success' | 'fail'>, o: RuntimeOptions = {}): Promise<Echo> {
  echo()
  const r = await send(runtime(o), options)
  if (!r.ok) throw new Error(r.err.errMsg)
  return r.res.data as Echo
}

describe('wx.request goes through the suite\'s fetch, so msw answers it', () => {
  test('an msw handler answers; success has data, statusCode, header, cookies', async () => {
    server.use(http.get(`${API}/hello`, () => HttpResponse.json({ hi: 1 }, { headers: { 'Set-Cookie': 'sid=1' } })))
    const r = await send(runtime(), { url: `${API}/hello` })
    expect(r).toEqual({
      ok: true,
      res: { errMsg: 'request:ok', data: { hi: 1 }, statusCode: 200, header: expect.objectContaining({ 'Content-Type': 'application/json' }), cookies: ['sid=1'] },
    })
  })

  test('fetch is looked up at call time, not captured at import (anchors-style.md §9)', async () => {
    const rt = runtime()
    const original = globalThis.fetch
    const seen: string[] = []
    globalThis.fetch = (async (input: string) => (seen.push(String(input)), new Response('late'))) as typeof fetch
    try {
      const r = await send(rt, { url: `${API}/x` })
      expect(r).toMatchObject({ ok: true, res: { data: 'late' } })
      expect(seen).toEqual([`${API}/x`])
    } finally {
      globalThis.fetch = original
    }
  })

  test('any status reaches success ("无论 statusCode 是多少，都会进入 success 回调")', async () => {
    server.use(http.get(`${API}/missing`, () => HttpResponse.json({ error: 'nope' }, { status: 404 })))
    const r = await send(runtime(), { url: `${API}/missing` })
    expect(r).toMatchObject({ ok: true, res: { statusCode: 404, data: { error: 'nope' } } })
  })

  test('no Promise form: the call returns a RequestTask even without callbacks', async () => {
    echo()
    const rt = runtime()
    const task = rt.wx.request({ url: `${API}/x` })
    expect(task).not.toBeInstanceOf(Promise)
    expect(Object.keys(task).sort()).toEqual(['abort', 'offChunkReceived', 'offHeadersReceived', 'onChunkReceived', 'onHeadersReceived'])
    await vi.waitFor(() => expect(rt.timeline()).toContain('ok      wx.request → request:ok'))
  })

  test('a request with no response fails: request:fail <reason>, errno 600000', async () => {
    server.use(http.get(`${API}/down`, () => HttpResponse.error()))
    const r = await send(runtime(), { url: `${API}/down` })
    expect(r).toMatchObject({ ok: false, err: { errMsg: expect.stringMatching(/^request:fail \S/), errno: 600000 } })
  })
})

describe('data encoding ("data 参数说明", wx.request doc)', () => {
  test('GET: object data joins the query string, encodeURIComponent(k)=encodeURIComponent(v); object values as JSON', async () => {
    const e = await sent({ url: `${API}/q?page=1&x=old`, data: { x: 'a b', n: 2, o: { k: 'v' } } })
    expect(e.method).toBe('GET')
    expect(e.url).toBe(`${API}/q?page=1&x=a%20b&n=2&o=%7B%22k%22%3A%22v%22%7D`)
    expect(e.body).toBeNull()
  })

  test('POST: object data is JSON, content-type application/json by default', async () => {
    const e = await sent({ url: `${API}/p`, method: 'POST', data: { a: 1, b: [true] } })
    expect(e.body).toBe('{"a":1,"b":[true]}')
    expect(e.headers['content-type']).toBe('application/json')
  })

  test('POST with content-type application/x-www-form-urlencoded (any case): a query string', async () => {
    const e = await sent({ url: `${API}/p`, method: 'POST', data: { a: 'x y', 'b&': '=' }, header: { 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(e.body).toBe('a=x%20y&b%26=%3D')
    expect(e.headers['content-type']).toBe('application/x-www-form-urlencoded')
  })

  test('string data is sent as it is; method is upper-cased', async () => {
    const e = await sent({ url: `${API}/p`, method: 'put' as 'PUT', data: 'raw=1', header: { 'content-type': 'text/plain' } })
    expect(e).toMatchObject({ method: 'PUT', body: 'raw=1', headers: { 'content-type': 'text/plain' } })
  })

  test('ArrayBuffer data is sent as bytes', async () => {
    server.use(http.post(`${API}/bin`, async ({ request }) => HttpResponse.json([...new Uint8Array(await request.arrayBuffer())])))
    const r = await send(runtime(), { url: `${API}/bin`, method: 'POST', data: new Uint8Array([1, 2, 255]).buffer })
    expect(r).toMatchObject({ ok: true, res: { data: [1, 2, 255] } })
  })

  test('header values become strings; the app cannot set Referer: the client sends servicewechat.com/{appid}/{version}/page-frame.html', async () => {
    const e = await sent({ url: `${API}/h`, header: { 'X-Num': 5, 'X-Obj': { a: 1 }, Referer: 'https://evil.example' } }, { envVersion: 'develop' })
    expect(e.headers['x-num']).toBe('5')
    expect(e.headers['x-obj']).toBe('[object Object]')
    expect(e.headers.referer).toBe('https://servicewechat.com/wxfa4efa4efa4efa4e/0/page-frame.html')
  })
})

describe('the response (dataType, responseType, header)', () => {
  test('dataType json (default) parses; a body that is not JSON stays a string', async () => {
    server.use(http.get(`${API}/text`, () => HttpResponse.text('not json')), http.get(`${API}/json`, () => HttpResponse.text('{"a":1}')))
    await expect(send(runtime(), { url: `${API}/text` })).resolves.toMatchObject({ res: { data: 'not json' } })
    await expect(send(runtime(), { url: `${API}/json` })).resolves.toMatchObject({ res: { data: { a: 1 } } })
  })

  test('another dataType leaves the text alone', async () => {
    server.use(http.get(`${API}/json`, () => HttpResponse.text('{"a":1}')))
    await expect(send(runtime(), { url: `${API}/json`, dataType: '其他' })).resolves.toMatchObject({ res: { data: '{"a":1}' } })
  })

  test('responseType arraybuffer gives an ArrayBuffer, not parsed', async () => {
    server.use(http.get(`${API}/bytes`, () => new HttpResponse(new Uint8Array([123, 125]))))
    const r = await send(runtime(), { url: `${API}/bytes`, responseType: 'arraybuffer' })
    if (!r.ok) throw new Error(r.err.errMsg)
    expect(r.res.data).toBeInstanceOf(ArrayBuffer)
    expect([...new Uint8Array(r.res.data as ArrayBuffer)]).toEqual([123, 125])
  })

  test('response header names in canonical case, repeated headers joined; every Set-Cookie in cookies', async () => {
    server.use(
      http.get(`${API}/c`, () => {
        const headers = new Headers({ 'x-request-id': 'r1' })
        headers.append('set-cookie', 'a=1')
        headers.append('set-cookie', 'b=2')
        return new HttpResponse('ok', { headers })
      }),
    )
    const r = await send(runtime(), { url: `${API}/c` })
    expect(r).toMatchObject({ res: { header: { 'X-Request-Id': 'r1', 'Set-Cookie': 'a=1, b=2' }, cookies: ['a=1', 'b=2'] } })
  })
})

describe('RequestTask: abort and onHeadersReceived', () => {
  test('abort() before the response: request:fail abort', async () => {
    server.use(http.get(`${API}/slow`, async () => (await delay('infinite'), HttpResponse.text('late'))))
    const rt = runtime()
    const result = settleCall((cbs) => {
      const task = rt.wx.request({ url: `${API}/slow`, ...cbs })
      task.abort()
    })
    await expect(result).resolves.toEqual({ ok: false, err: { errMsg: 'request:fail abort' } })
    expect(rt.timeline()).toContain('RequestTask.abort() (wx.request)')
  })

  test('abort() after the result does nothing', async () => {
    echo()
    const rt = runtime()
    let task!: WechatMiniprogram.RequestTask
    const r = await settleCall((cbs) => (task = rt.wx.request({ url: `${API}/x`, ...cbs })))
    expect(r.ok).toBe(true)
    task.abort()
    expect(rt.timeline()).not.toContain('abort')
  })

  test('onHeadersReceived gets { header, statusCode, cookies } before success; offHeadersReceived removes a listener', async () => {
    server.use(http.get(`${API}/h`, () => HttpResponse.json({}, { status: 201, headers: { 'X-A': '1' } })))
    const seen: string[] = []
    const kept = (r: { statusCode: number; header: Record<string, string>; cookies: string[] }) => seen.push(`headers ${r.statusCode} ${r.header['X-A']} ${r.cookies.length}`)
    const removed = () => seen.push('removed listener ran')
    const rt = runtime()
    await settleCall((cbs) => {
      const task = rt.wx.request({ url: `${API}/h`, success: (r) => (seen.push('success'), cbs.success(r)), fail: cbs.fail })
      task.onHeadersReceived(kept)
      task.onHeadersReceived(removed)
      task.offHeadersReceived(removed)
    })
    expect(seen).toEqual(['headers 201 1 0', 'success'])
  })
})

describe('timeout, on the runtime\'s clock', () => {
  test('default 60 s: request:fail timeout, errno 5, when rt.clock reaches it', async () => {
    server.use(http.get(`${API}/slow`, async () => (await delay('infinite'), HttpResponse.text('late'))))
    const rt = runtime()
    let settled = false
    const result = settleCall((cbs) => rt.wx.request({ url: `${API}/slow`, ...cbs })).finally(() => (settled = true))
    rt.clock.advance(59_999) // the timeout started with the call: nothing to wait for first
    await rt.settle()
    expect(settled).toBe(false)
    rt.clock.advance(1)
    await expect(result).resolves.toEqual({ ok: false, err: { errMsg: 'request:fail timeout', errno: 5 } })
  })

  test('the call\'s timeout wins over app.json networkTimeout.request, which wins over the default', async () => {
    server.use(http.get(`${API}/slow`, async () => (await delay('infinite'), HttpResponse.text('late'))))
    const rt = runtime({ appJson: { networkTimeout: { request: 5000 } } })
    const own = settleCall((cbs) => rt.wx.request({ url: `${API}/slow`, timeout: 1000, ...cbs }))
    const fromAppJson = settleCall((cbs) => rt.wx.request({ url: `${API}/slow`, ...cbs }))
    rt.clock.advance(1000)
    await expect(own).resolves.toMatchObject({ ok: false, err: { errMsg: 'request:fail timeout' } })
    rt.clock.advance(4000)
    await expect(fromAppJson).resolves.toMatchObject({ ok: false, err: { errMsg: 'request:fail timeout' } })
  })

  test('a response before the timeout cancels it', async () => {
    echo()
    const rt = runtime()
    const r = await send(rt, { url: `${API}/x`, timeout: 10 })
    rt.clock.advance(60_000)
    expect(r.ok).toBe(true)
  })
})

describe('the legal domain list (framework/ability/network.html)', () => {
  test('a domain that is not configured: request:fail url not in domain list, errno 600002, and nothing is sent', async () => {
    const rt = createRuntime()
    await expect(send(rt, { url: `${API}/x` })).resolves.toEqual({ ok: false, err: { errMsg: 'request:fail url not in domain list', errno: 600002 } })
  })

  test('https only: http on a configured host is refused', async () => {
    await expect(send(runtime(), { url: 'http://api.example.com/x' })).resolves.toMatchObject({ ok: false, err: { errno: 600002 } })
  })

  test('ports: none configured → a URL with a port (even :443) is refused; a configured port must match', async () => {
    echo()
    await expect(send(runtime(), { url: 'https://api.example.com:443/x' })).resolves.toMatchObject({ ok: false, err: { errno: 600002 } })
    const withPort = createRuntime({ domains: { request: ['https://api.example.com:8443'] } })
    await expect(send(withPort, { url: 'https://api.example.com/x' })).resolves.toMatchObject({ ok: false, err: { errno: 600002 } })
    server.use(http.all('https://api.example.com:8443/*', () => HttpResponse.text('ok')))
    await expect(send(withPort, { url: 'https://api.example.com:8443/x' })).resolves.toMatchObject({ ok: true })
  })

  test('each API has its own list: a request domain does not allow downloadFile', async () => {
    const rt = runtime()
    const r = await settleCall((cbs) => rt.wx.downloadFile({ url: `${API}/f.png`, ...cbs }))
    expect(r).toEqual({ ok: false, err: { errMsg: 'downloadFile:fail url not in domain list', errno: 600002 } })
  })

  test('DevTools with the check off ("不校验合法域名") sends anywhere, http included', async () => {
    server.use(http.get('http://localhost:3000/x', () => HttpResponse.text('dev')))
    const rt = createRuntime({ platform: 'devtools', urlCheck: false })
    await expect(send(rt, { url: 'http://localhost:3000/x' })).resolves.toMatchObject({ ok: true, res: { data: 'dev' } })
  })

  test('debug mode in a develop build skips the check; a release build on a phone cannot', () => {
    expect(() => createRuntime({ envVersion: 'develop', urlCheck: false })).not.toThrow()
    expect(() => createRuntime({ urlCheck: false })).toThrow(FakeWxError)
  })

  test('api.weixin.qq.com can never be a server domain', async () => {
    expect(() => createRuntime({ domains: { request: ['https://api.weixin.qq.com'] } })).toThrow(/cannot be a server domain/)
    const rt = createRuntime({ platform: 'devtools', urlCheck: true })
    await expect(send(rt, { url: 'https://api.weixin.qq.com/sns/jscode2session' })).resolves.toMatchObject({ ok: false, err: { errno: 600002 } })
  })

  test('a URL that is not http(s): request:fail invalid url "<url>", errno 600009', async () => {
    await expect(send(runtime(), { url: '/api/user' })).resolves.toEqual({ ok: false, err: { errMsg: 'request:fail invalid url "/api/user"', errno: 600009 } })
  })

  test('parameter check: url is required', async () => {
    await expect(send(runtime(), {} as never)).resolves.toMatchObject({ ok: false, err: { errMsg: 'request:fail parameter error: parameter.url should be String instead of Undefined;' } })
  })
})
