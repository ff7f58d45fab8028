// Issue 11 defect 1: login codes derived from (appid, openid, n) alone collided across runtimes, so a second
// runtime's first jscode2session exchange failed `40163 code been used`. wx.login's doc: "每次调用 wx.login 都会得到
// 一个新的 code", good for one exchange (https://developers.weixin.qq.com/miniprogram/dev/api/open-api/login/wx.login.html, H).
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'
import { code2Session } from '../../src/runtime/open-data/code2session.ts'

const APPID = 'wx1234567890abcdef'
const exchange = (code: string) =>
  code2Session(new URLSearchParams({ appid: APPID, secret: 's', js_code: code, grant_type: 'authorization_code' }))

describe('wx.login codes are unique per runtime and repeat for a given runtime', () => {
  test("two mini programs of the same appid side by side (two users' phones): each backend login succeeds", async () => {
    const a = createRuntime({ appid: APPID })
    const b = createRuntime({ appid: APPID })
    const { code: codeA } = await a.wx.login()
    const { code: codeB } = await b.wx.login()
    expect(codeB).not.toBe(codeA)
    expect(exchange(codeA)).toMatchObject({ openid: expect.any(String) })
    expect(exchange(codeB)).toMatchObject({ openid: expect.any(String) })
  })

  test("each runtime's code carries its own session_key", async () => {
    const a = createRuntime({ appid: APPID })
    const b = createRuntime({ appid: APPID })
    const { code: codeA } = await a.wx.login()
    const { code: codeB } = await b.wx.login()
    const keyA = (exchange(codeA) as { session_key: string }).session_key
    const keyB = (exchange(codeB) as { session_key: string }).session_key
    expect(keyA).toEqual(expect.any(String))
    expect(keyB).toEqual(expect.any(String))
    expect(keyA).not.toBe(keyB)
  })

  test('a code still works once only', async () => {
    const rt = createRuntime({ appid: APPID })
    const { code } = await rt.wx.login()
    expect(exchange(code)).toMatchObject({ openid: expect.any(String) })
    expect(exchange(code)).toMatchObject({ errcode: 40163 })
  })

  test('a runtime gets the same codes on every run: the first runtime of an appid in a process gets these, always', async () => {
    // Pinned from a run: a fresh realm (vitest runs each file in its own), first runtime of this appid.
    const rt = createRuntime({ appid: 'wx00000000000000d1' })
    expect([(await rt.wx.login()).code, (await rt.wx.login()).code]).toEqual(['0dSpOM4SyXSLIWzY785n0UXnnGiC3Ykt', 'R1PogAUkB6T1i7oJ6HasilaXCFrw7UMO'])
    // The second runtime of that appid gets other codes, the same ones on every run too.
    const second = createRuntime({ appid: 'wx00000000000000d1' })
    const code = (await second.wx.login()).code
    expect(code).not.toBe('0dSpOM4SyXSLIWzY785n0UXnnGiC3Ykt')
    expect(code).toMatch(/^[0-9A-Za-z]{32}$/)
  })
})
