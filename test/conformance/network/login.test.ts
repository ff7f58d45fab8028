import { createDecipheriv } from 'node:crypto'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { wechatServerHandlers } from '../../../src/msw.ts'
import { createRuntime } from '../../../src/index.ts'
import { coreOf } from '../../../src/runtime/create-runtime.ts'
import { encryptOpenData } from '../../../src/runtime/open-data/encrypt.ts'
import { loginSessionOf } from '../../../src/runtime/open-data/session.ts'
import { useServer } from '../../support/msw.ts'

const APPID = 'wx1234567890abcdef'
const SECRET = 's3cret'
const BACKEND = 'https://api.example.com'

/** The app's backend, as a test would mock it: code → jscode2session → a token with the session. */
const sessions = new Map<string, { openid: string; session_key: string }>()
const backend = http.post(`${BACKEND}/login`, async ({ request }) => {
  const { code } = (await request.json()) as { code: string }
  const q = new URLSearchParams({ appid: APPID, secret: SECRET, js_code: code, grant_type: 'authorization_code' })
  const wx = (await (await fetch(`https://api.weixin.qq.com/sns/jscode2session?${q}`)).json()) as { openid?: string; session_key?: string; errcode?: number }
  if (!wx.openid || !wx.session_key) return HttpResponse.json(wx, { status: 401 })
  const token = `t-${sessions.size + 1}`
  sessions.set(token, { openid: wx.openid, session_key: wx.session_key })
  return HttpResponse.json({ token, openid: wx.openid })
})

const server = useServer(...wechatServerHandlers({ secret: SECRET }), backend)
const runtime = () => createRuntime({ appid: APPID, domains: { request: [BACKEND] } })

function code2Session(query: Record<string, string>) {
  const q = new URLSearchParams({ appid: APPID, secret: SECRET, grant_type: 'authorization_code', ...query })
  return fetch(`https://api.weixin.qq.com/sns/jscode2session?${q}`).then((r) => r.json() as Promise<Record<string, unknown>>)
}

/** What a backend does with open data (framework/open-ability/signature.html, "加密数据解密算法"). */
function decrypt(sessionKey: string, encryptedData: string, iv: string): Record<string, unknown> {
  const decipher = createDecipheriv('aes-128-cbc', Buffer.from(sessionKey, 'base64'), Buffer.from(iv, 'base64'))
  return JSON.parse(Buffer.concat([decipher.update(Buffer.from(encryptedData, 'base64')), decipher.final()]).toString('utf8')) as Record<string, unknown>
}

describe('wx.login (api/open-api/login/wx.login.html) and jscode2session through fake-wx/msw', () => {
  test('wx.login gives a code; jscode2session exchanges it for an openid and a session_key', async () => {
    const rt = runtime()
    const { code, errMsg } = await rt.wx.login()
    expect(errMsg).toBe('login:ok')
    expect(code).toMatch(/^[0-9A-Za-z]{32}$/)
    const body = await code2Session({ js_code: code })
    expect(body).toEqual({ session_key: expect.stringMatching(/^[A-Za-z0-9+/]{22}==$/), openid: expect.stringMatching(/^o.{27}$/) })
    expect(body.session_key).toBe(loginSessionOf(coreOf(rt))?.sessionKey)
  })

  test('the app\'s whole login: wx.login → wx.request to its backend → the backend calls jscode2session', async () => {
    const rt = runtime()
    const { code } = await rt.wx.login()
    const res = await new Promise<WechatMiniprogram.RequestSuccessCallbackResult>((resolve, reject) =>
      rt.wx.request({ url: `${BACKEND}/login`, method: 'POST', data: { code }, success: resolve, fail: reject }),
    )
    expect(res.statusCode).toBe(200)
    expect(res.data).toMatchObject({ token: expect.stringMatching(/^t-/), openid: expect.any(String) })
  })

  test('a code works once: the second exchange gets 40163 code been used', async () => {
    const { code } = await runtime().wx.login()
    await code2Session({ js_code: code })
    await expect(code2Session({ js_code: code })).resolves.toEqual({ errcode: 40163, errmsg: expect.stringMatching(/^code been used, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/) })
  })

  test('a code expires after 5 minutes on the runtime clock: 40029 invalid code', async () => {
    const rt = runtime()
    const { code } = await rt.wx.login()
    rt.clock.advance(5 * 60_000 + 1)
    await expect(code2Session({ js_code: code })).resolves.toMatchObject({ errcode: 40029, errmsg: expect.stringMatching(/^invalid code, rid: /) })
  })

  test('an unknown code, or another mini program\'s code, is 40029 invalid code', async () => {
    await expect(code2Session({ js_code: 'nope' })).resolves.toMatchObject({ errcode: 40029 })
    const { code } = await createRuntime().wx.login()
    await expect(code2Session({ js_code: code })).resolves.toMatchObject({ errcode: 40029 })
  })

  test('a wrong secret is 40125 invalid appsecret; missing parameters say which', async () => {
    const { code } = await runtime().wx.login()
    await expect(code2Session({ js_code: code, secret: 'wrong' })).resolves.toMatchObject({ errcode: 40125 })
    await expect(code2Session({ js_code: '' })).resolves.toMatchObject({ errcode: 41008 })
  })

  test('codes are derived, not random, yet two runtimes of one app never share one (issue 11 defect 1; pinned values in test/regressions/login-codes-unique-per-runtime.test.ts)', async () => {
    const a = await createRuntime({ appid: APPID }).wx.login()
    const b = await createRuntime({ appid: APPID }).wx.login()
    expect(a.code).not.toBe(b.code)
    await expect(code2Session({ js_code: a.code })).resolves.toMatchObject({ openid: expect.any(String) })
    await expect(code2Session({ js_code: b.code })).resolves.toMatchObject({ openid: expect.any(String) })
  })

  test('openid and unionid come from the runtime\'s options', async () => {
    const rt = createRuntime({ appid: APPID, openid: 'oUser0000000000000000000000A', unionid: 'uUnion' })
    const { code } = await rt.wx.login()
    await expect(code2Session({ js_code: code })).resolves.toMatchObject({ openid: 'oUser0000000000000000000000A', unionid: 'uUnion' })
  })

  test('the mini program itself cannot call api.weixin.qq.com', async () => {
    const rt = createRuntime({ appid: APPID, platform: 'devtools' })
    await expect(
      new Promise((resolve) => rt.wx.request({ url: 'https://api.weixin.qq.com/sns/jscode2session', fail: resolve })),
    ).resolves.toMatchObject({ errMsg: 'request:fail url not in domain list' })
    expect(server.listHandlers().length).toBeGreaterThan(0)
  })
})

describe('open data: AES-128-CBC with the session_key of the last wx.login (encrypt.ts)', () => {
  test('a backend decrypts it with the session_key from jscode2session; the watermark carries appid and time', async () => {
    const rt = runtime()
    rt.clock.advance(90_000)
    const { code } = await rt.wx.login()
    const { session_key } = (await code2Session({ js_code: code })) as { session_key: string }
    const stepInfoList = [{ timestamp: 1767139200, step: 4321 }]
    const { encryptedData, iv } = encryptOpenData(coreOf(rt), { stepInfoList })
    expect(Buffer.from(iv, 'base64')).toHaveLength(16)
    expect(decrypt(session_key, encryptedData, iv)).toEqual({ stepInfoList, watermark: { timestamp: Math.floor(rt.clock.now() / 1000), appid: APPID } })
  })

  test('a new wx.login renews the session_key; open data uses the newest one', async () => {
    const rt = runtime()
    const first = await code2Session({ js_code: (await rt.wx.login()).code })
    const second = await code2Session({ js_code: (await rt.wx.login()).code })
    expect(second.session_key).not.toBe(first.session_key)
    const { encryptedData, iv } = encryptOpenData(coreOf(rt), { a: 1 })
    expect(decrypt(second.session_key as string, encryptedData, iv)).toMatchObject({ a: 1 })
    expect(() => decrypt(first.session_key as string, encryptedData, iv)).toThrow()
  })

  test('each encryption has its own IV', () => {
    const rt = runtime()
    void rt.wx.login()
    return rt.settle().then(() => {
      const a = encryptOpenData(coreOf(rt), { a: 1 })
      const b = encryptOpenData(coreOf(rt), { a: 1 })
      expect(a.iv).not.toBe(b.iv)
      expect(a.encryptedData).not.toBe(b.encryptedData)
    })
  })

  test('no login yet: no session, and encryptOpenData refuses (the API must check loginSessionOf first)', () => {
    const rt = runtime()
    expect(loginSessionOf(coreOf(rt))).toBeUndefined()
    expect(() => encryptOpenData(coreOf(rt), {})).toThrow(/loginSessionOf/)
  })
})
