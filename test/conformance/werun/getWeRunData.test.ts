// wx.getWeRunData: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/werun/wx.getWeRunData.html
// Open data decryption: https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/signature.html
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime, type StepInfo } from '../../../src/index.ts'
import { decrypt, login } from '../../support/open-data.ts'

const DAY = 86_400

/** The app logs in, reads WeRun and its backend decrypts the result. */
async function stepsOf(rt: Runtime) {
  const sessionKey = await login(rt)
  const res = await rt.wx.getWeRunData()
  return decrypt(sessionKey, res.encryptedData, res.iv) as { stepInfoList: StepInfo[]; watermark: unknown }
}

describe('wx.getWeRunData', () => {
  test('after the dialog (scope.werun): { errMsg, encryptedData, iv, cloudID }', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    const res = await rt.wx.getWeRunData()
    expect(Object.keys(res).sort()).toEqual(['cloudID', 'encryptedData', 'errMsg', 'iv'])
    expect(res.errMsg).toBe('getWeRunData:ok')
    expect(Buffer.from(res.iv, 'base64')).toHaveLength(16)
    expect(rt.prompts).toMatchObject([{ kind: 'authorize', scope: 'scope.werun' }])
  })

  test('encryptedData is AES-128-CBC with the session_key of wx.login: 31 days of steps, oldest first, plus a watermark', async () => {
    const rt = createRuntime({ scenario: 'granted', appid: 'wx1234567890abcdef' })
    const { stepInfoList, watermark } = await stepsOf(rt)
    expect(stepInfoList).toHaveLength(31)
    // one entry per day, at 00:00 China time; the last one is today
    const now = rt.clock.now() / 1000
    const last = stepInfoList.at(-1)!
    expect(now - last.timestamp).toBeGreaterThanOrEqual(0)
    expect(now - last.timestamp).toBeLessThan(DAY)
    expect((last.timestamp + 8 * 3600) % DAY).toBe(0)
    for (let i = 1; i < 31; i++) expect(stepInfoList[i]!.timestamp - stepInfoList[i - 1]!.timestamp).toBe(DAY)
    expect(watermark).toEqual({ timestamp: now, appid: 'wx1234567890abcdef' })
  })

  test('the steps are a fixture: rt.device.werun.set([...oldest first, today last]); missing older days are 0', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    rt.device.werun.set([5000, 8000, 12345])
    const { stepInfoList } = await stepsOf(rt)
    expect(stepInfoList.map((s) => s.step)).toEqual([...Array(28).fill(0), 5000, 8000, 12345])
  })

  test('or exact { timestamp, step } entries, reported as given', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    rt.device.werun.set([{ timestamp: 1503331200, step: 6069 }, { timestamp: 1503417600, step: 6404 }])
    expect((await stepsOf(rt)).stepInfoList).toEqual([{ timestamp: 1503331200, step: 6069 }, { timestamp: 1503417600, step: 6404 }])
  })

  test('the days move with the runtime clock', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const before = (await stepsOf(rt)).stepInfoList.at(-1)!.timestamp
    rt.clock.advance(DAY * 1000)
    expect((await stepsOf(rt)).stepInfoList.at(-1)!.timestamp).toBe(before + DAY)
  })

  test('deterministic: two runtimes give byte-identical results (under the session before any login); each call has a fresh iv', async () => {
    // Not after wx.login: each runtime's login is its own session, so two runtimes side by side never share a code
    // or a session_key (issue 11 defect 1); test/regressions/login-codes-unique-per-runtime.test.ts pins those.
    const twice = async () => createRuntime({ scenario: 'granted' }).wx.getWeRunData()
    const [a, b] = [await twice(), await twice()]
    expect(a).toEqual(b)
    const rt = createRuntime({ scenario: 'granted' })
    const [x, y] = [await rt.wx.getWeRunData(), await rt.wx.getWeRunData()]
    expect(x.iv).not.toBe(y.iv)
    expect(x.cloudID).not.toBe(y.cloudID)
  })

  test('without wx.login in this runtime the data still comes, under a session_key the backend never saw ("解密失败")', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const res = await rt.wx.getWeRunData()
    expect(res.errMsg).toBe('getWeRunData:ok')
    const sessionKey = await login(rt)
    expect(() => decrypt(sessionKey, res.encryptedData, res.iv)).toThrow()
    expect(rt.timeline()).toMatch(/open data without wx\.login/)
  })

  test('the user turns WeRun on when asked; cancelling: "getWeRunData:fail cancel"', async () => {
    const on = createRuntime({ scenario: 'granted', user: { enableWeRun: 'enable' } })
    on.device.werun.enabled = false
    await expect(on.wx.getWeRunData()).resolves.toMatchObject({ errMsg: 'getWeRunData:ok' })
    expect(on.device.werun.enabled).toBe(true)
    expect(on.prompts.map((p) => p.kind)).toEqual(['enableWeRun'])
    const off = createRuntime({ scenario: 'granted', user: { enableWeRun: 'cancel' } })
    off.device.werun.enabled = false
    await expect(off.wx.getWeRunData()).rejects.toEqual({ errMsg: 'getWeRunData:fail cancel', errno: 1 })
    await expect(createRuntime({ scenario: 'granted' }).wx.getWeRunData()).resolves.toBeDefined() // enabled by default: no prompt
  })

  test('refused: "getWeRunData:fail auth deny", errno 103', async () => {
    const rt = createRuntime({ user: { authorize: 'deny' } })
    await expect(rt.wx.getWeRunData()).rejects.toEqual({ errMsg: 'getWeRunData:fail auth deny', errno: 103 })
  })
})
