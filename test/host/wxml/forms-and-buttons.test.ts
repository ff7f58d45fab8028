// Form components and open-type buttons from the WXML:
// https://developers.weixin.qq.com/miniprogram/dev/component/input.html, switch.html, picker.html, button.html
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/two-way-bindings.html (model:value)
import { describe, expect, test } from 'vitest'
import { useApp } from '../support.ts'
import { WXML_APP } from './support.ts'

const start = useApp(WXML_APP)

describe('<input>', () => {
  test('typing fires bindinput with { value, cursor, keyCode } and model:value writes the data', async () => {
    const page = await start().open('pages/form/index')
    await page.query('#name')!.input('Ann')
    expect(page.data.name).toBe('Ann')
    expect(page.data.inputs).toEqual([{ value: 'Ann', cursor: 3, keyCode: 'n'.charCodeAt(0) }])
    expect(page.query('.echo')!.text).toBe('Ann|false|0')
  })

  test('a string returned by the bindinput handler replaces the field\'s content', async () => {
    const page = await start().open('pages/form/index')
    const upper = page.query('#upper')!
    await upper.input('abc')
    expect(upper.attr('value')).toBe('ABC')
  })

  test('only inputs take text', async () => {
    const page = await start().open('pages/form/index')
    await expect(page.query('.echo')!.input('x')).rejects.toThrow(/only <input>, <textarea>/)
  })
})

describe('<switch> and <picker>', () => {
  test('bindchange gets { value } (a boolean for a switch, the index for a picker)', async () => {
    const page = await start().open('pages/form/index')
    await page.query('#agree')!.change(true)
    await page.query('#city')!.change(1)
    expect(page.query('.echo')!.text).toBe('|true|1')
    expect(page.getByText('上海')).not.toBeNull()
  })
})

describe('open-type buttons', () => {
  test('the poster flow: a refusal shows the hint, the openSetting button opens the settings page', async () => {
    const rt = start({ scenario: 'denied-once', scopes: ['scope.writePhotosAlbum'], user: { settings: { 'scope.writePhotosAlbum': true } } })
    const page = await rt.open('pages/buttons/index')
    await page.getByText('保存到相册')!.tap()
    expect(page.getByText('需要相册权限')).not.toBeNull()
    await page.getByText('去设置')!.tap()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['settings'])
    expect(page.data.events).toEqual([['opensetting', true]])
  })

  test('agreePrivacyAuthorization reports the button id to bindagreeprivacyauthorization', async () => {
    const page = await start().open('pages/buttons/index')
    await page.getByText('同意')!.tap()
    expect(page.data.events).toEqual([['agree', 'agree-btn']])
  })
})

describe('<camera> in the WXML', () => {
  test('mounts itself when rendered and reports to its bind… handlers on the page', async () => {
    const rt = start({ scenario: 'denied-once', scopes: ['scope.camera'] })
    const page = await rt.open('pages/buttons/index')
    page.instance.setData({ camera: true })
    await rt.settle()
    expect(page.data.events).toEqual([['camera error', expect.stringMatching(/auth|permission|denied/i)]])
  })

  test('with the scope granted it fires bindinitdone', async () => {
    const rt = start({ scenario: 'granted', scopes: ['scope.camera'] })
    const page = await rt.open('pages/buttons/index')
    page.instance.setData({ camera: true })
    await rt.settle()
    expect(page.data.events).toEqual([['camera ready']])
  })
})

describe('<button open-type="getPhoneNumber">', () => {
  test('the user allows: bindgetphonenumber gets errMsg ok, a code and the encrypted number; the view shows it', async () => {
    const rt = start({ user: { getPhoneNumber: 'allow' } })
    const page = await rt.open('pages/phone/index')
    await page.getByText('手机号快捷登录')!.tap()
    expect(page.data).toMatchObject({ errMsg: 'getPhoneNumber:ok', phoneCode: expect.stringMatching(/^[0-9a-f]{32}$/), hasEncrypted: true })
    expect(page.query('.bound')).not.toBeNull()
  })

  test('the user refuses: "getPhoneNumber:fail user deny" (iOS), "getPhoneNumber:fail:user deny" (Android)', async () => {
    for (const [platform, errMsg] of [['ios', 'getPhoneNumber:fail user deny'], ['android', 'getPhoneNumber:fail:user deny']] as const) {
      const rt = start({ platform, user: { getPhoneNumber: 'deny' } })
      const page = await rt.open('pages/phone/index')
      await page.getByText('手机号快捷登录')!.tap()
      expect(page.data.errMsg).toBe(errMsg)
      rt.uninstall()
    }
  })
})
