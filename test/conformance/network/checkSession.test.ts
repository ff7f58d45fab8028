import { describe, expect, test } from 'vitest'
import { createRuntime, type FakeWx } from '../../../src/index.ts'

// wx.checkSession.html ("调用成功说明当前 session_key 未过期，调用失败说明 session_key 已过期", H);
// 'checkSession:fail session time out, need relogin' (M).

/** The login helper most apps have: reuse the session while checkSession passes, else log in again. */
async function ensureLogin(wx: FakeWx): Promise<'reused' | string> {
  try {
    await wx.checkSession()
    return 'reused'
  } catch {
    const { code } = await wx.login()
    return code
  }
}

describe('wx.checkSession', () => {
  test('a valid session: checkSession:ok, no new login', async () => {
    const rt = createRuntime()
    await rt.wx.login()
    await expect(rt.wx.checkSession()).resolves.toEqual({ errMsg: 'checkSession:ok' })
    expect(await ensureLogin(rt.wx)).toBe('reused')
  })

  test('an expired session fails "session time out, need relogin"; the app logs in again', async () => {
    const rt = createRuntime()
    await rt.wx.login()
    rt.device.account.expireSession()
    await expect(rt.wx.checkSession()).rejects.toEqual({ errMsg: 'checkSession:fail session time out, need relogin' })
    expect(await ensureLogin(rt.wx)).toMatch(/^[0-9A-Za-z]{32}$/)
  })

  test('wx.login renews the session: checkSession passes again', async () => {
    const rt = createRuntime()
    rt.device.account.expireSession()
    await rt.wx.login()
    await expect(rt.wx.checkSession()).resolves.toMatchObject({ errMsg: 'checkSession:ok' })
  })

  test('the session from an earlier launch counts: no wx.login in this run and still valid', async () => {
    const rt = createRuntime()
    const res = await new Promise<{ errMsg: string }>((resolve) => rt.wx.checkSession({ success: resolve, fail: resolve }))
    expect(res.errMsg).toBe('checkSession:ok')
  })
})
