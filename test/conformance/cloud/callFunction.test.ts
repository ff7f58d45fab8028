// wx.cloud.init / wx.cloud.callFunction:
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/init/client.init.html
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime, type RuntimeOptions } from '../../../src/index.ts'
import { useApp } from '../../host/support.ts'
import { code2Session } from '../../../src/runtime/open-data/code2session.ts'

const APP = fileURLToPath(new URL('./fixtures/cloud-app', import.meta.url))
const startApp = useApp(APP)

/** A runtime whose app already ran wx.cloud.init({ env: 'prod-1' }). */
function inited(options: RuntimeOptions = {}): Runtime {
  const rt = createRuntime(options)
  rt.wx.cloud.init({ env: 'prod-1' })
  return rt
}

describe('wx.cloud.init in App.onLaunch, then a cloud function', () => {
  test("the quick-start app: onLaunch inits, the page's login call gets the runtime's openid", async () => {
    const rt = startApp({ openid: 'oUser-1234567890abcdefghijkl' })
    rt.cloud.use({ login: (_event, context) => ({ openid: context.OPENID, appid: context.APPID, env: context.ENV }) })
    const page = await rt.open('pages/index/index')
    await rt.settle()
    expect(page.data).toMatchObject({ openid: 'oUser-1234567890abcdefghijkl', error: '' })
    expect(rt.cloud.env).toBe('prod-1')
  })

  test('createRuntime({ cloud: { functions } }) deploys them before the app starts', async () => {
    const rt = startApp({ openid: 'oAbc', cloud: { functions: { login: (event) => ({ openid: event.userInfo.openId }) } } })
    const page = await rt.open('pages/index/index')
    await rt.settle()
    expect(page.data.openid).toBe('oAbc')
  })

  test('with no handler the page sees the real cloud error, and the trace says which rt.cloud.use would answer', async () => {
    const rt = startApp()
    const page = await rt.open('pages/index/index')
    await rt.settle()
    expect(page.data.error).toMatch(/^cloud\.callFunction:fail Error: errCode: -501000 {2}\| errMsg: FunctionName parameter could not be found\. \(callId: \d+-0\.\d+\) \(trace: /)
    expect(rt.timeline()).toContain("rt.cloud.use({ login: (event, context) => ({ … }) }) would answer it")
  })
})

describe('wx.cloud.callFunction', () => {
  test("success: { errMsg: 'cloud.callFunction:ok', result, requestID }", async () => {
    const rt = inited()
    rt.cloud.use({ sum: (event) => ({ sum: (event.a as number) + (event.b as number) }) })
    const res = await rt.wx.cloud.callFunction({ name: 'sum', data: { a: 1, b: 2 } })
    expect(Object.keys(res).sort()).toEqual(['errMsg', 'requestID', 'result'])
    expect(res).toMatchObject({ errMsg: 'cloud.callFunction:ok', result: { sum: 3 } })
    expect((res as unknown as { requestID: string }).requestID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })

  test('the event is the data plus userInfo { appId, openId }; the context carries OPENID, APPID, UNIONID, ENV', async () => {
    const rt = inited({ appid: 'wx1234567890abcdef', openid: 'oOPENID', unionid: 'oUNIONID' })
    let seen: unknown[] = []
    rt.cloud.use({ whoami: (event, context) => void (seen = [event, context]) })
    await rt.wx.cloud.callFunction({ name: 'whoami', data: { page: 2 } })
    expect(seen).toEqual([
      { page: 2, userInfo: { appId: 'wx1234567890abcdef', openId: 'oOPENID' } },
      { OPENID: 'oOPENID', APPID: 'wx1234567890abcdef', UNIONID: 'oUNIONID', ENV: 'prod-1', SOURCE: 'wx_client' },
    ])
  })

  test('without a unionid the context has no UNIONID ("满足 unionid 获取条件时有")', async () => {
    const rt = inited()
    let context: object = {}
    rt.cloud.use({ f: (_e, c) => void (context = c) })
    await rt.wx.cloud.callFunction({ name: 'f' })
    expect(context).not.toHaveProperty('UNIONID')
  })

  test('the openid is the one jscode2session gives the backend for a wx.login code', async () => {
    const rt = inited({ appid: 'wx1234567890abcdef' })
    rt.cloud.use({ login: (_e, c) => c.OPENID })
    const { code } = await rt.wx.login()
    const session = code2Session(new URLSearchParams({ appid: 'wx1234567890abcdef', secret: 's', js_code: code, grant_type: 'authorization_code' }))
    const { result } = await rt.wx.cloud.callFunction({ name: 'login' })
    expect(result).toMatch(/^o[\w-]{27}$/)
    expect(result).toBe((session as { openid: string }).openid)
  })

  test('an async handler is awaited; data and result travel as JSON', async () => {
    const rt = inited()
    rt.cloud.use({ later: async (event) => ({ at: new Date(0), got: event.when, fn: () => 1 }) })
    const { result } = await rt.wx.cloud.callFunction({ name: 'later', data: { when: new Date(1000) } })
    expect(result).toEqual({ at: '1970-01-01T00:00:00.000Z', got: '1970-01-01T00:00:01.000Z' })
  })

  test('a handler that throws: fail with errCode -504002 "functions execute fail" and what it threw', async () => {
    const rt = inited()
    rt.cloud.use({ boom: () => { throw new TypeError("Cannot read properties of undefined (reading 'x')") } })
    const err = await rt.wx.cloud.callFunction({ name: 'boom' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err).toMatchObject({ errCode: -504002 })
    expect((err as { errMsg: string }).errMsg).toMatch(/^cloud\.callFunction:fail Error: errCode: -504002 functions execute fail \| errMsg: TypeError: Cannot read properties of undefined \(reading 'x'\)/)
  })

  test('callbacks: fail gets the same error object, then complete', async () => {
    const rt = inited()
    const got: string[] = []
    rt.wx.cloud.callFunction({ name: 'nope', fail: (e) => got.push(`fail ${(e as unknown as { errCode: number }).errCode}`), complete: () => got.push('complete') })
    expect(got).toEqual([]) // asynchronous
    await rt.settle()
    expect(got).toEqual(['fail -501000', 'complete'])
  })

  test("before wx.cloud.init: errCode -1 \"Cloud API isn't enabled, please call wx.cloud.init first\"", async () => {
    const rt = createRuntime()
    rt.cloud.use({ login: () => 'x' })
    const err = await rt.wx.cloud.callFunction({ name: 'login' }).catch((e: unknown) => e)
    expect(err).toMatchObject({ errCode: -1, errMsg: expect.stringMatching(/^Cloud API isn't enabled, please call wx\.cloud\.init first\n请先调用 wx\.cloud\.init\(\) 完成初始化后再调用其他云 API。/) })
    expect((err as Error).message).toMatch(/^errCode: -1 {2}\| errMsg: Cloud API isn't enabled/)
  })

  test('init without env uses the default environment (the first one)', async () => {
    const rt = createRuntime({ cloud: { envs: ['main-7g', 'test-2b'] } })
    rt.wx.cloud.init()
    let env = ''
    rt.cloud.use({ f: (_e, c) => void (env = c.ENV) })
    await rt.wx.cloud.callFunction({ name: 'f' })
    expect(env).toBe('main-7g')
  })

  test('an env that does not exist: -501000 Environment not found; config.env picks another for one call', async () => {
    const rt = createRuntime({ cloud: { envs: ['main-7g', 'test-2b'], functions: { f: (_e, c) => c.ENV } } })
    rt.wx.cloud.init({ env: 'prod-typo' })
    const err = await rt.wx.cloud.callFunction({ name: 'f' }).catch((e: { errMsg: string }) => e)
    expect(err.errMsg).toMatch(/^cloud\.callFunction:fail Error: errCode: -501000 {2}\| errMsg: Environment not found \(callId/)
    const ok = await rt.wx.cloud.callFunction({ name: 'f', config: { env: 'test-2b' } })
    expect(ok.result).toBe('test-2b')
  })

  test('rt.cloud.restore() undoes use() back to the createRuntime functions', async () => {
    const rt = createRuntime({ cloud: { functions: { f: () => 'initial' } } })
    rt.wx.cloud.init({ env: 'e' })
    rt.cloud.use({ f: () => 'override', g: () => 'g' })
    expect((await rt.wx.cloud.callFunction({ name: 'f' })).result).toBe('override')
    rt.cloud.restore()
    expect((await rt.wx.cloud.callFunction({ name: 'f' })).result).toBe('initial')
    await expect(rt.wx.cloud.callFunction({ name: 'g' })).rejects.toMatchObject({ errCode: -501000 })
  })

  test('calls and results go through the trace', async () => {
    const rt = inited()
    rt.cloud.use({ ping: () => 'pong' })
    await rt.wx.cloud.callFunction({ name: 'ping' })
    expect(rt.trace.filter((e) => e.type === 'call' || e.type === 'result').map((e) => `${e.type} ${'api' in e ? e.api : ''}`)).toEqual([
      'call cloud.init',
      'call cloud.callFunction',
      'result cloud.callFunction',
    ])
  })
})

describe('wx.cloud needs base library 2.2.3', () => {
  test("on an older one wx.cloud is undefined: the quick-start app's `if (!wx.cloud)` check logs its hint", () => {
    expect(createRuntime({ SDKVersion: '2.2.2' }).wx.cloud).toBeUndefined()
    expect(createRuntime({ SDKVersion: '2.2.3' }).wx.cloud.init).toBeTypeOf('function')
  })

  test('wx.cloud.CloudID needs 2.7.0', () => {
    expect(createRuntime({ SDKVersion: '2.6.6' }).wx.cloud.CloudID).toBeUndefined()
    expect(createRuntime({ SDKVersion: '2.7.0' }).wx.cloud.CloudID).toBeTypeOf('function')
  })
})

describe('a cloud function runs at most its timeout (config.json timeout, default 3 s), on the runtime clock', () => {
  test('a handler still running after 3 s: -504003 "Invoking task timed out after 3 seconds"', async () => {
    const rt = inited()
    rt.cloud.use({ slow: () => new Promise(() => {}) })
    let done = false
    const call = rt.wx.cloud.callFunction({ name: 'slow' }).catch((e: { errCode: number; errMsg: string }) => e)
    void call.then(() => (done = true))
    await rt.settle()
    rt.clock.advance(2999)
    await rt.settle()
    expect(done).toBe(false)
    rt.clock.advance(1)
    const err = await call
    expect(err).toMatchObject({ errCode: -504003, errMsg: expect.stringContaining('Invoking task timed out after 3 seconds') })
  })

  test('cloud.timeouts gives one function longer', async () => {
    const rt = createRuntime({ cloud: { timeouts: { report: 20 } } })
    rt.wx.cloud.init({ env: 'prod-1' })
    let finish: (v: string) => void = () => {}
    rt.cloud.use({ report: () => new Promise<string>((r) => (finish = r)) })
    const call = rt.wx.cloud.callFunction({ name: 'report' })
    await rt.settle()
    rt.clock.advance(19_000)
    finish('done')
    expect((await call).result).toBe('done')
  })
})
