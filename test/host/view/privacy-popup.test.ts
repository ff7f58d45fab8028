import { describe, expect, test } from 'vitest'
import { useApp, VIEW_APP } from '../support.ts'

// The custom privacy popup of 《小程序隐私协议开发指南》, as a global component (app.json usingComponents), end to end:
// https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html (demo 2: wx.onNeedPrivacyAuthorization +
// <button open-type="agreePrivacyAuthorization">, one listener, the popup of the page on screen)
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/privacy/wx.onNeedPrivacyAuthorization.html ("触发该事件的隐私接口或组件会处于
// pending 状态"; disagree → "API:fail privacy permission is not authorized")
const start = useApp(VIEW_APP)

function notAgreed() {
  const rt = start({ scenario: 'privacy-not-agreed' })
  rt.device.clipboard.text = '优惠码 WX2026'
  return rt
}

describe('the privacy popup component of the official guide', () => {
  test('a privacy API called before consent opens the popup; the call waits for the user', async () => {
    const rt = notAgreed()
    const page = await rt.open('pages/privacy/index')
    expect(page.getByText('同意')).toBeNull()
    await page.getByText('读取剪贴板')!.tap()
    expect(page.getByText('用户隐私保护提示')).not.toBeNull()
    expect(page.query('.privacy-referrer')!.text).toBe('getClipboardData')
    expect(page.query('#clipboard')).toBeNull()
  })

  test('tapping 同意 (the agreePrivacyAuthorization button) lets the held call go on; the popup closes', async () => {
    const rt = notAgreed()
    const page = await rt.open('pages/privacy/index')
    await page.getByText('读取剪贴板')!.tap()
    await page.getByText('同意')!.tap()
    expect(page.query('#clipboard')!.text).toBe('剪贴板：优惠码 WX2026')
    expect(page.getByText('用户隐私保护提示')).toBeNull()
    expect(rt.privacy.needAuthorization).toBe(false)
  })

  test('consent is remembered: the next privacy call runs with no popup', async () => {
    const rt = notAgreed()
    const page = await rt.open('pages/privacy/index')
    await page.getByText('读取剪贴板')!.tap()
    await page.getByText('同意')!.tap()
    rt.device.clipboard.text = '第二次'
    await page.getByText('读取剪贴板')!.tap()
    expect(page.getByText('用户隐私保护提示')).toBeNull()
    expect(page.query('#clipboard')!.text).toBe('剪贴板：第二次')
  })

  test('tapping 拒绝 fails the held call with the client\'s error; the next call asks again', async () => {
    const rt = notAgreed()
    const page = await rt.open('pages/privacy/index')
    await page.getByText('读取剪贴板')!.tap()
    await page.getByText('拒绝')!.tap()
    expect(page.query('#error')!.text).toBe('getClipboardData:fail privacy permission is not authorized')
    expect(page.getByText('用户隐私保护提示')).toBeNull()
    await page.getByText('读取剪贴板')!.tap()
    expect(page.getByText('用户隐私保护提示')).not.toBeNull()
  })

  test('the popup of the page on screen opens: pageLifetimes.show takes the one listener back when a page returns', async () => {
    const rt = notAgreed()
    const a = await rt.open('pages/privacy/index')
    await a.getByText('去 B 页')!.tap()
    const b = rt.currentPage()!
    await b.getByText('B 页读取剪贴板')!.tap()
    expect(b.query('#privacy-b .privacy-title')).not.toBeNull()
    await b.getByText('拒绝')!.tap()
    await rt.wx.navigateBack({})
    await rt.settle()
    await a.getByText('读取剪贴板')!.tap()
    expect(a.getByText('用户隐私保护提示')).not.toBeNull()
    await a.getByText('同意')!.tap()
    expect(a.query('#clipboard')!.text).toBe('剪贴板：优惠码 WX2026')
  })

  test('a user who already agreed never sees the popup', async () => {
    const rt = start()
    rt.device.clipboard.text = 'x'
    const page = await rt.open('pages/privacy/index')
    await page.getByText('读取剪贴板')!.tap()
    expect(page.getByText('用户隐私保护提示')).toBeNull()
    expect(page.query('#clipboard')!.text).toBe('剪贴板：x')
  })
})
