// Open-type buttons and the nickname field from the WXML, as the client runs them:
// https://developers.weixin.qq.com/miniprogram/dev/component/button.html (open-type table, bind… events)
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/userProfile.html (头像昵称填写)
// https://developers.weixin.qq.com/miniprogram/dev/component/input.html (type="nickname", bindnicknamereview)
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/customer-message/customer-message.html (bindcontact)
// https://developers.weixin.qq.com/miniprogram/dev/reference/api/Page.html#onShareAppMessage-Object-object
import { describe, expect, test } from 'vitest'
import { useApp } from '../support.ts'
import { WXML_APP } from './support.ts'

const start = useApp(WXML_APP)

describe('<button open-type="chooseAvatar">', () => {
  test('the user picks the WeChat avatar: bindchooseavatar gets detail.avatarUrl, a temporary file the app can read', async () => {
    const rt = start({ platform: 'ios', user: { chooseAvatar: 'wechat' } })
    const page = await rt.open('pages/profile/index')
    await page.query('.avatar')!.tap()
    expect(page.data.avatarUrl).toMatch(/^wxfile:\/\/.+\.jpeg$/)
    expect(page.query('.avatar')!.attr('src')).toBe(page.data.avatarUrl)
    const info = (await (page.instance.upload as () => Promise<{ size: number }>)()) as { size: number }
    expect(info.size).toBeGreaterThan(0)
    expect(rt.prompts.map((p) => p.kind)).toEqual(['chooseAvatar'])
  })

  test('a photo from the album with its own bytes becomes the avatar file; DevTools paths are http://tmp/', async () => {
    const rt = start({ platform: 'devtools', user: { chooseAvatar: { source: 'album', width: 300, height: 300 } } })
    const page = await rt.open('pages/profile/index')
    await page.query('.avatar-wrapper')!.tap()
    expect(page.data.avatarUrl).toMatch(/^http:\/\/tmp\/.+\.jpeg$/)
  })

  test('a cancel fires no bindchooseavatar: the client only logs "chooseAvatar:fail cancel"', async () => {
    const rt = start({ user: { chooseAvatar: 'cancel' } })
    const page = await rt.open('pages/profile/index')
    const before = page.data.avatarUrl
    await page.query('.avatar')!.tap()
    expect(page.data.avatarUrl).toBe(before)
    expect(rt.trace.find((e) => e.type === 'note' && /chooseAvatar:fail cancel/.test(String((e as { text?: string }).text)))).toBeDefined()
  })

  test('without consent to the privacy guide the official popup comes first; a refusal picks nothing', async () => {
    const rt = start({ scenario: 'privacy-not-agreed', user: { privacy: 'disagree' } })
    const page = await rt.open('pages/profile/index')
    await page.query('.avatar')!.tap()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
    expect(String(page.data.avatarUrl)).toMatch(/^https:\/\/mmbiz/)
  })
})

describe('<input type="nickname">', () => {
  test('typing fires bindinput; on blur bindblur gets { value } and WeChat\'s check reports { pass: true, timeout: false }', async () => {
    const rt = start({ user: { nicknameReview: 'pass' } })
    const page = await rt.open('pages/profile/index')
    const nick = page.query('#nick')!
    await nick.input('小明')
    await nick.blur()
    expect(page.data).toMatchObject({ nickName: '小明', blurs: ['小明'], reviews: [{ pass: true, timeout: false }] })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['nicknameReview'])
  })

  test('a nickname that fails the safety check is cleared ("微信将清空用户输入的内容")', async () => {
    const rt = start({ user: { nicknameReview: 'reject' } })
    const page = await rt.open('pages/profile/index')
    const nick = page.query('#nick')!
    await nick.input('违规昵称')
    await nick.blur()
    expect(page.data.reviews).toEqual([{ pass: false, timeout: false }])
    expect(nick.attr('value')).toBe('')
    expect(page.data.nickName).toBe('')
  })

  test('a check that times out reports { pass: false, timeout: true } and keeps the text', async () => {
    const rt = start({ user: { nicknameReview: 'timeout' } })
    const page = await rt.open('pages/profile/index')
    const nick = page.query('#nick')!
    await nick.input('小红')
    await nick.blur()
    expect(page.data.reviews).toEqual([{ pass: false, timeout: true }])
    expect(nick.attr('value')).toBe('小红')
  })

  test('without consent to the privacy guide it is a plain text field: no review, no bindnicknamereview', async () => {
    const rt = start({ scenario: 'privacy-not-agreed' })
    const page = await rt.open('pages/profile/index')
    await page.query('#nick')!.input('小明')
    await page.query('#nick')!.blur()
    expect(page.data).toMatchObject({ blurs: ['小明'], reviews: [] })
    expect(rt.prompts).toEqual([])
  })
})

describe('<button open-type="getUserInfo">', () => {
  test('no dialog since 2021-04-28: bindgetuserinfo gets wx.getUserInfo\'s anonymous result ("微信用户")', async () => {
    const rt = start()
    const page = await rt.open('pages/profile/index')
    await page.getByText('授权登录')!.tap()
    expect(page.data).toMatchObject({ userInfoErrMsg: 'getUserInfo:ok', hasSignature: true, userInfo: { nickName: '微信用户', gender: 0 } })
    expect(page.getByText('微信用户')).not.toBeNull()
    expect(rt.prompts).toEqual([])
    const api = await rt.wx.getUserInfo({})
    expect(api.userInfo).toEqual(page.data.userInfo)
  })
})

describe('<button open-type="getRealtimePhoneNumber">', () => {
  test('allowed: bindgetrealtimephonenumber gets { errMsg: "getRealtimePhoneNumber:ok", code }', async () => {
    const rt = start({ user: { getPhoneNumber: 'allow' } })
    const page = await rt.open('pages/phone/index')
    await page.getByText('验证手机号')!.tap()
    expect(page.data.realtime).toEqual({ errMsg: 'getRealtimePhoneNumber:ok', code: expect.stringMatching(/^[0-9a-f]{32}$/) })
  })

  test('refused on Android: "getRealtimePhoneNumber:fail:user deny"', async () => {
    const rt = start({ platform: 'android', user: { getPhoneNumber: 'deny' } })
    const page = await rt.open('pages/phone/index')
    await page.getByText('验证手机号')!.tap()
    expect(page.data.realtime).toEqual({ errMsg: 'getRealtimePhoneNumber:fail:user deny' })
  })
})

describe('the privacy agreement in front of open-type getPhoneNumber', () => {
  test('the onNeedPrivacyAuthorization listener gets referrer "button.getPhoneNumber"; disagree → errMsg fail, errno 104, no sheet', async () => {
    const rt = start({ scenario: 'privacy-not-agreed' })
    const referrers: string[] = []
    const listener = (resolve: (arg: { event: string }) => void, info: { referrer: string }) => {
      referrers.push(info.referrer)
      resolve({ event: 'disagree' })
    }
    rt.wx.onNeedPrivacyAuthorization(listener as never)
    const page = await rt.open('pages/phone/index')
    await page.getByText('手机号快捷登录')!.tap()
    expect(referrers).toEqual(['button.getPhoneNumber'])
    expect(page.data.errMsg).toBe('getPhoneNumber:fail privacy permission is not authorized')
    expect(rt.prompts).toEqual([])
  })

  test('the official popup agreed: the phone-number sheet follows', async () => {
    const rt = start({ scenario: 'privacy-not-agreed', user: { privacy: 'agree', getPhoneNumber: 'allow' } })
    const page = await rt.open('pages/phone/index')
    await page.getByText('手机号快捷登录')!.tap()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy', 'getPhoneNumber'])
    expect(page.data.errMsg).toBe('getPhoneNumber:ok')
  })

  test('phone numbers not declared in the guide: errno 112, whatever consent says', async () => {
    const rt = start({ privacy: { declared: ['location'] } })
    const page = await rt.open('pages/phone/index')
    await page.getByText('手机号快捷登录')!.tap()
    expect(page.data.errMsg).toBe('getPhoneNumber:fail api scope is not declared in the privacy agreement')
  })
})

describe('<button open-type="contact">', () => {
  test('back through the message card: bindcontact gets { path, query } of send-message-path', async () => {
    const rt = start({ user: { contact: 'card' } })
    const page = await rt.open('pages/service/index')
    await page.getByText('联系客服')!.tap()
    expect(page.data.back).toEqual({ path: '/pages/order/index', query: { id: '42' } })
    expect(rt.trace.find((e) => e.type === 'prompt')).toMatchObject({ kind: 'contact', details: { sessionFrom: 'order-42', showMessageCard: true, sendMessageTitle: '订单 42' } })
  })

  test('leaving the chat another way reports nothing', async () => {
    const rt = start({ user: { contact: 'back' } })
    const page = await rt.open('pages/service/index')
    await page.getByText('在线咨询')!.tap()
    expect(page.data.back).toEqual({})
  })
})

describe('<button open-type="share">', () => {
  test('calls onShareAppMessage with { from: "button", target: the button }; the returned content is the share', async () => {
    const rt = start()
    const page = await rt.open('pages/service/index')
    await page.getByText('分享给好友')!.tap()
    expect(page.data.shareCalls).toEqual([{ from: 'button', id: 'share-btn', goods: 'g1' }])
    expect(page.shares).toEqual([{ route: 'pages/service/index', from: 'button', title: '好物推荐', path: '/pages/goods/index?id=g1' }])
    expect(rt.prompts).toEqual([])
  })

  test('a returned promise that resolves within 3 s decides the content', async () => {
    const rt = start()
    const page = await rt.open('pages/service/index')
    await page.getByText('分享海报')!.tap()
    rt.clock.advance(3000)
    expect(page.shares).toEqual([{ route: 'pages/service/index', from: 'button', title: '生成好的海报', path: '/pages/service/index', imageUrl: 'https://example.com/poster.png' }])
  })

  test('a promise that does not resolve within 3 s: the share uses the content returned with it', async () => {
    const rt = start()
    const page = await rt.open('pages/service/index')
    await page.getByText('分享活动')!.tap()
    rt.clock.advance(2999)
    expect(page.shares).toEqual([])
    rt.clock.advance(1)
    expect(page.shares).toEqual([{ route: 'pages/service/index', from: 'button', title: '活动', path: '/pages/service/index' }])
  })
})
