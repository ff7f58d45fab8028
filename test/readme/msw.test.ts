// README.md "### Network through msw": the snippet as written, imports adapted.
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { wechatServerHandlers } from '../../src/msw.ts'
import { STRICT } from '../support/msw.ts'
import { afterAll, afterEach, beforeAll, expect, test } from '../../src/vitest.ts'
import { vi } from 'vitest'

// ---- README snippet ----
const server = setupServer(
  ...wechatServerHandlers({ secret: 'app-secret' }),       // api.weixin.qq.com/sns/jscode2session
  http.post('https://api.example.com/login', async ({ request }) => {   // your backend, as in production
    const { code } = await request.json() as { code: string }
    const q = new URLSearchParams({ appid: 'wx1234567890abcdef', secret: 'app-secret', js_code: code, grant_type: 'authorization_code' })
    const { openid, session_key } = await (await fetch(`https://api.weixin.qq.com/sns/jscode2session?${q}`)).json() as { openid: string; session_key: string }
    return HttpResponse.json({ token: `t-${openid}` })
  }),
  http.get('https://api.example.com/slow', () => new Promise<never>(() => {})),   // never answers
)
// README: `{ onUnhandledRequest: 'error' }` (msw 2; msw 3 names it onUnhandledFrame). STRICT sets both, so this
// file type-checks and runs under either major (scripts/compat.sh).
beforeAll(() => server.listen(STRICT))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

test.override({ fakeWxOptions: { appid: 'wx1234567890abcdef', domains: { request: ['https://api.example.com'] } } })

test('logs in', async ({ rt, wx }) => {
  const { code } = await wx.login()
  const res = await new Promise<WechatMiniprogram.RequestSuccessCallbackResult>((success, fail) =>
    wx.request({ url: 'https://api.example.com/login', method: 'POST', data: { code }, success, fail }))
  expect(res.data).toMatchObject({ token: expect.stringMatching(/^t-o/) })

  wx.request({ url: 'https://api.example.com/slow', fail: (e) => console.log(e.errMsg) })
  rt.clock.advance(60_000)                                      // → request:fail timeout
})
// ---- end of snippet ----

test('the snippet\'s last lines: /slow fails with request:fail timeout', async ({ rt, wx }) => {
  const log = vi.spyOn(console, 'log').mockImplementation(() => {})
  const failed = new Promise<void>((done) =>
    wx.request({ url: 'https://api.example.com/slow', fail: (e) => (console.log(e.errMsg), done()) }))
  await new Promise((r) => setTimeout(r, 10))
  rt.clock.advance(60_000)
  await failed
  expect(log).toHaveBeenCalledWith('request:fail timeout')
})
