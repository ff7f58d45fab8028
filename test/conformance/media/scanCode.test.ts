// wx.scanCode: https://developers.weixin.qq.com/miniprogram/dev/api/device/scan/wx.scanCode.html
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'
import { useMediaApp } from './media-app.ts'

type Res = WechatMiniprogram.ScanCodeSuccessCallbackResult

describe('wx.scanCode (doc, H)', () => {
  test('a QR code\'s text as the answer: result, scanType QR_CODE, charSet, rawData = base64 of the content', async () => {
    const rt = createRuntime({ user: { scanCode: 'https://example.com/t/42' } })
    const res = (await rt.wx.scanCode({})) as Res
    expect(res).toEqual({
      errMsg: 'scanCode:ok', result: 'https://example.com/t/42', scanType: 'QR_CODE', charSet: 'UTF-8',
      rawData: Buffer.from('https://example.com/t/42').toString('base64'),
    })
  })

  test('this mini program\'s code carries `path`, without the ".html" the native side reports (base library, M)', async () => {
    const rt = createRuntime({ user: { scanCode: { result: '', scanType: 'WX_CODE', path: 'pages/shop/index.html?id=7' } } })
    expect(await rt.wx.scanCode({})).toMatchObject({ scanType: 'WX_CODE', path: 'pages/shop/index?id=7' })
  })

  test('scanType limits what the scanner reads: a barcode is no answer to a qrCode-only scan', async () => {
    const rt = createRuntime({ user: { scanCode: { result: '6901234567892', scanType: 'EAN_13' } } })
    await expect(rt.wx.scanCode({ scanType: ['qrCode'] })).rejects.toThrow(FakeWxError)
    rt.user.answer({ scanCode: { result: '6901234567892', scanType: 'EAN_13' } })
    await expect(rt.wx.scanCode({ scanType: ['barCode'] })).resolves.toMatchObject({ result: '6901234567892', scanType: 'EAN_13' })
  })

  test('cancel: "scanCode:fail cancel" (apps compare with it, M)', async () => {
    await expect(createRuntime({ user: { scanCode: 'cancel' } }).wx.scanCode({})).rejects.toEqual({ errMsg: 'scanCode:fail cancel', errno: 1 })
  })

  test('onlyFromCamera with the OS camera permission denied: fails before the scanner shows', async () => {
    const rt = createRuntime({ os: { camera: 'denied' } })
    await expect(rt.wx.scanCode({ onlyFromCamera: true })).rejects.toEqual({ errMsg: 'scanCode:fail system permission denied', errno: 3 })
    expect(rt.prompts).toHaveLength(0)
  })

  test('without onlyFromCamera, a photo picked from the album needs no camera permission', async () => {
    const rt = createRuntime({ os: { camera: 'denied' }, user: { scanCode: { result: 'x', source: 'album' } } })
    await expect(rt.wx.scanCode({})).resolves.toMatchObject({ result: 'x' })
  })

  test('onlyFromCamera must be a Boolean: parameter error', async () => {
    await expect(createRuntime().wx.scanCode({ onlyFromCamera: 1 as never })).rejects.toEqual({
      errMsg: 'scanCode:fail parameter error: parameter.onlyFromCamera should be Boolean instead of Number;', errno: 1001,
    })
  })
})

describe('app code: the scan page', () => {
  const start = useMediaApp()

  test('the user cancels the scan: the page shows nothing', async () => {
    const rt = start({ user: { scanCode: 'cancel' } })
    const page = await rt.open('pages/scan/index')
    await page.tap('scan')
    await rt.settle()
    expect(page.data).toEqual({ code: '', error: '' })
  })

  test('camera denied in the phone\'s Settings: the page shows the failure the app did not expect', async () => {
    const rt = start({ platform: 'android', os: { camera: 'denied' } })
    const page = await rt.open('pages/scan/index')
    await page.tap('scan')
    await rt.settle()
    expect(page.data.error).toBe('scanCode:fail:system permission denied')
  })

  test('a QR code scanned: its text is on the page', async () => {
    const rt = start({ user: { scanCode: 'TABLE-12' } })
    const page = await rt.open('pages/scan/index')
    await page.tap('scan')
    await rt.settle()
    expect(page.data.code).toBe('TABLE-12')
  })
})
