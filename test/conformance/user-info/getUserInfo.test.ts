// wx.getUserInfo: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/user-info/wx.getUserInfo.html
// 2021-04-28 change ([USERINFO-2021], research.md §4.2): no dialog, anonymous data, scope.userInfo reads true.
import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { ANONYMOUS_AVATAR_URL, createRuntime } from '../../../src/index.ts'
import { decrypt, login } from '../../support/open-data.ts'

const ANONYMOUS = {
  nickName: '微信用户',
  gender: 0,
  language: '',
  city: '',
  province: '',
  country: '',
  avatarUrl: ANONYMOUS_AVATAR_URL,
  // A string in userInfo, a boolean in rawData: both as captured from a real anonymous result (research.md §4.2, M).
  is_demote: 'true',
}

describe('wx.getUserInfo (mini program)', () => {
  test('no dialog; the anonymous profile the client returns: 微信用户, the grey avatar, gender 0, no region', async () => {
    const rt = createRuntime()
    const res = await rt.wx.getUserInfo({})
    expect(res.errMsg).toBe('getUserInfo:ok')
    expect(res.userInfo).toEqual(ANONYMOUS)
    expect(ANONYMOUS_AVATAR_URL).toBe(
      'https://thirdwx.qlogo.cn/mmopen/vi_32/POgEwh4mIHO4nibH0KlMECNjjGxQUq24ZEaGT4poC6icRiccVGKSyXwibcPq4BWmiaIGuG1icwxaQX6grC9VemZoJ8rg/132',
    )
    expect(rt.prompts).toHaveLength(0)
    const { authSetting } = await rt.wx.getSetting({})
    expect(authSetting['scope.userInfo']).toBe(true)
  })

  test('is_demote is the string "true" in userInfo and the boolean true in rawData, as a captured result shows (research §4.2)', async () => {
    const rt = createRuntime()
    const res = await rt.wx.getUserInfo({})
    expect((res.userInfo as unknown as { is_demote: unknown }).is_demote).toBe('true')
    expect(JSON.parse(res.rawData)).toMatchObject({ is_demote: true })
  })

  test('rawData is the profile\'s JSON in the client\'s key order; signature = sha1(rawData + session_key)', async () => {
    const rt = createRuntime()
    const sessionKey = await login(rt)
    const res = await rt.wx.getUserInfo({})
    expect(res.rawData).toBe(
      `{"nickName":"微信用户","gender":0,"language":"","city":"","province":"","country":"","avatarUrl":"${ANONYMOUS_AVATAR_URL}","is_demote":true}`,
    )
    expect(res.signature).toBe(createHash('sha1').update(res.rawData + sessionKey).digest('hex'))
  })

  test('encryptedData + iv decrypt (AES-128-CBC, session_key) to the profile with the openId and a watermark', async () => {
    const rt = createRuntime()
    const sessionKey = await login(rt)
    const res = await rt.wx.getUserInfo({})
    expect(decrypt(sessionKey, res.encryptedData, res.iv)).toEqual({
      openId: expect.stringMatching(/^o.{27}$/),
      ...ANONYMOUS,
      is_demote: true, // the encrypted copy is the server's JSON, as rawData is
      watermark: { appid: expect.any(String), timestamp: expect.any(Number) },
    })
  })

  test('a user bound to an open-platform account: the encrypted copy carries the unionId too', async () => {
    const rt = createRuntime({ unionid: 'oUnion0000000000000000000000' })
    const sessionKey = await login(rt)
    const res = await rt.wx.getUserInfo({})
    expect(decrypt(sessionKey, res.encryptedData, res.iv)).toMatchObject({ unionId: 'oUnion0000000000000000000000' })
  })

  test('withCredentials: false leaves out encryptedData and iv', async () => {
    const rt = createRuntime()
    const res = await rt.wx.getUserInfo({ withCredentials: false })
    expect(res).not.toHaveProperty('encryptedData')
    expect(res).not.toHaveProperty('iv')
    expect(res.userInfo.nickName).toBe('微信用户')
  })

  test('even a user history with the scope "granted" gets anonymous data: the real profile is never handed out', async () => {
    const rt = createRuntime({ scenario: { auth: { 'scope.userInfo': 'granted' } } })
    expect((await rt.wx.getUserInfo({})).userInfo.nickName).toBe('微信用户')
  })
})

describe('wx.getUserInfo (mini game: createRuntime({ appType: "minigame" }), "小游戏可继续调用")', () => {
  test('with scope.userInfo granted: the real profile (rt.device.account.userInfo), lang defaulting to en', async () => {
    const rt = createRuntime({ appType: 'minigame', scenario: { auth: { 'scope.userInfo': 'granted' } } })
    const res = await rt.wx.getUserInfo({})
    expect(res.userInfo).toEqual({ ...rt.device.account.userInfo, language: 'en' })
    expect((await rt.wx.getUserInfo({ lang: 'zh_CN' })).userInfo.language).toBe('zh_CN')
  })

  test('never asked: no dialog (since 2018-04-30) and a failure — "auth deny" on phones, "scope unauthorized" in DevTools', async () => {
    const phone = createRuntime({ appType: 'minigame', user: { authorize: 'allow' } })
    await expect(phone.wx.getUserInfo({})).rejects.toEqual({ errMsg: 'getUserInfo:fail auth deny', errno: 103 })
    const devtools = createRuntime({ appType: 'minigame', platform: 'devtools', user: { authorize: 'allow' } })
    await expect(devtools.wx.getUserInfo({})).rejects.toEqual({ errMsg: 'getUserInfo:fail scope unauthorized' })
    expect([...phone.prompts, ...devtools.prompts]).toHaveLength(0)
  })

  test('a mini game user can have refused scope.userInfo: presets and scenarios may deny it (not withdrawn for mini games, seed)', async () => {
    const preset = createRuntime({ appType: 'minigame', scenario: 'denied-once', scopes: ['scope.userInfo'] })
    expect(preset.auth.get('scope.userInfo')).toBe('denied')
    expect(preset.auth.authSetting()['scope.userInfo']).toBe(false)
    const custom = createRuntime({ appType: 'minigame', scenario: { auth: { 'scope.userInfo': 'denied' } } })
    await expect(custom.wx.authorize({ scope: 'scope.userInfo' })).rejects.toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    // Mini programs: withdrawn, never denied.
    expect(() => createRuntime({ scenario: { auth: { 'scope.userInfo': 'denied' } } })).toThrow(/cannot be denied/)
  })

  test('getSetting lists scope.userInfo only once it was granted (it is not withdrawn for mini games)', async () => {
    const rt = createRuntime({ appType: 'minigame' })
    expect(rt.auth.authSetting()).not.toHaveProperty('scope.userInfo')
    rt.auth.set('scope.userInfo', 'granted')
    expect(rt.auth.authSetting()['scope.userInfo']).toBe(true)
    expect(createRuntime().auth.authSetting()['scope.userInfo']).toBe(true)
  })
})
