// wx.getUserProfile: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/user-info/wx.getUserProfile.html
import { describe, expect, test } from 'vitest'
import { ANONYMOUS_AVATAR_URL, createRuntime, type Runtime } from '../../../src/index.ts'
import { decrypt, login } from '../../support/open-data.ts'

const DESC = '用于完善会员资料'

/** The app's button handler: wx.getUserProfile inside the user's tap. */
const fromTap = (rt: Runtime, desc = DESC) => rt.tap(() => rt.wx.getUserProfile({ desc }))

describe('wx.getUserProfile', () => {
  test('from a tap: the dialog with the app\'s desc, then the anonymous profile (since 2022-11-08)', async () => {
    const rt = createRuntime({ user: { getUserProfile: 'allow' } })
    const res = await fromTap(rt)
    expect(res.errMsg).toBe('getUserProfile:ok')
    expect(res.userInfo).toMatchObject({ nickName: '微信用户', avatarUrl: ANONYMOUS_AVATAR_URL, gender: 0, city: '', province: '', country: '' })
    expect(res).toHaveProperty('encryptedData')
    expect(rt.prompts).toEqual([{ kind: 'getUserProfile', api: 'getUserProfile', answer: 'allow' }])
    expect(rt.trace.find((e) => e.type === 'prompt')).toMatchObject({ details: { desc: DESC } })
  })

  test('"每次请求都会弹出授权窗口": a dialog every time, and nothing is stored in authSetting', async () => {
    const rt = createRuntime({ user: { getUserProfile: 'allow' } })
    await fromTap(rt)
    await fromTap(rt)
    expect(rt.prompts.filter((p) => p.kind === 'getUserProfile')).toHaveLength(2)
    expect(Object.keys(rt.auth.authSetting()).sort()).toEqual(['scope.address', 'scope.invoice', 'scope.invoiceTitle', 'scope.userInfo'])
  })

  test('its encrypted copy has no openId or unionId ("返回的加密数据中不包含 openId 和 unionId 字段")', async () => {
    const rt = createRuntime({ unionid: 'oUnion0000000000000000000000', user: { getUserProfile: 'allow' } })
    const sessionKey = await login(rt)
    const res = await fromTap(rt)
    const plain = decrypt(sessionKey, res.encryptedData, res.iv)
    expect(plain).toMatchObject({ nickName: '微信用户' })
    expect(plain).not.toHaveProperty('openId')
    expect(plain).not.toHaveProperty('unionId')
  })

  test('not from a tap: "getUserProfile:fail can only be invoked by user TAP gesture.", no dialog', async () => {
    const rt = createRuntime({ user: { getUserProfile: 'allow' } })
    await expect(rt.wx.getUserProfile({ desc: DESC })).rejects.toEqual({ errMsg: 'getUserProfile:fail can only be invoked by user TAP gesture.' })
    expect(rt.prompts).toHaveLength(0)
  })

  test('after an await inside the handler the tap is gone (phones); DevTools does not check', async () => {
    const phone = createRuntime({ user: { getUserProfile: 'allow', modal: 'confirm' } })
    const late = phone.tap(async () => {
      await phone.wx.showModal({ title: '登录', content: '需要你的头像昵称' })
      return phone.wx.getUserProfile({ desc: DESC })
    })
    await expect(late).rejects.toMatchObject({ errMsg: 'getUserProfile:fail can only be invoked by user TAP gesture.' })
    const devtools = createRuntime({ platform: 'devtools', user: { getUserProfile: 'allow' } })
    await expect(devtools.wx.getUserProfile({ desc: DESC })).resolves.toMatchObject({ errMsg: 'getUserProfile:ok' })
  })

  test('refused: "getUserProfile:fail auth deny", errno 103; asking again shows the dialog again', async () => {
    const rt = createRuntime({ user: { getUserProfile: 'deny' } })
    await expect(fromTap(rt)).rejects.toEqual({ errMsg: 'getUserProfile:fail auth deny', errno: 103 })
    await expect(fromTap(rt)).rejects.toMatchObject({ errno: 103 })
    expect(rt.prompts).toHaveLength(2)
  })

  test('desc is required (parameter error) and at most 30 characters ("desc length does not meet the requirements")', async () => {
    const rt = createRuntime({ user: { getUserProfile: 'allow' } })
    await expect(rt.tap(() => rt.wx.getUserProfile({} as never))).rejects.toEqual({
      errMsg: 'getUserProfile:fail parameter error: parameter.desc should be String instead of Undefined;',
      errno: 1001,
    })
    await expect(fromTap(rt, '用'.repeat(31))).rejects.toEqual({ errMsg: 'getUserProfile:fail desc length does not meet the requirements' })
    await expect(fromTap(rt, '')).rejects.toEqual({ errMsg: 'getUserProfile:fail desc length does not meet the requirements' })
    expect(rt.prompts).toHaveLength(0)
    await expect(fromTap(rt, '用'.repeat(30))).resolves.toMatchObject({ errMsg: 'getUserProfile:ok' })
  })

  test('real data on base libraries before 2.27.1 and in mini games', async () => {
    for (const options of [{ SDKVersion: '2.27.0' }, { appType: 'minigame' as const }]) {
      const rt = createRuntime({ ...options, user: { getUserProfile: 'allow' } })
      expect((await fromTap(rt)).userInfo.nickName).toBe(rt.device.account.userInfo.nickName)
    }
    const current = createRuntime({ SDKVersion: '2.27.1', user: { getUserProfile: 'allow' } })
    expect((await fromTap(current)).userInfo.nickName).toBe('微信用户')
  })
})
