// wx.chooseAddress: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/address/wx.chooseAddress.html
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'

describe('wx.chooseAddress', () => {
  test('scope.address is withdrawn: no permission dialog; the user picks an entry of their address list', async () => {
    const rt = createRuntime({ user: { chooseAddress: 0 } })
    await expect(rt.wx.chooseAddress()).resolves.toEqual({
      errMsg: 'chooseAddress:ok',
      userName: '张三',
      postalCode: '510000',
      provinceName: '广东省',
      cityName: '广州市',
      countyName: '海珠区',
      streetName: '',
      detailInfo: '新港中路397号',
      detailInfoNew: '新港中路397号',
      nationalCode: '510000',
      telNumber: '020-81167888',
    })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['chooseAddress'])
    expect(rt.auth.authSetting()['scope.address']).toBe(true)
  })

  test('the list is a fixture the picker shows: rt.device.account.addresses', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    rt.device.account.addresses = [
      { ...rt.device.account.addresses[0]!, userName: '李四', telNumber: '13900000000' },
      { ...rt.device.account.addresses[0]!, userName: '王五', telNumber: '13700000000' },
    ]
    const call = rt.wx.chooseAddress()
    const picker = await rt.user.nextPrompt()
    expect((picker.details as { addresses: { userName: string }[] }).addresses.map((a) => a.userName)).toEqual(['李四', '王五'])
    picker.respond(1 as never)
    await expect(call).resolves.toMatchObject({ userName: '王五', telNumber: '13700000000' })
  })

  test('the user cancels: "chooseAddress:fail cancel", errno 1', async () => {
    const rt = createRuntime({ user: { chooseAddress: 'cancel' } })
    await expect(rt.wx.chooseAddress()).rejects.toEqual({ errMsg: 'chooseAddress:fail cancel', errno: 1 })
  })

  test('the user adds a new address in the editor: returned (missing fields empty) and kept in the list', async () => {
    const rt = createRuntime({ user: { chooseAddress: { userName: '赵六', telNumber: '13600000000', provinceName: '北京市' } as never } })
    await expect(rt.wx.chooseAddress()).resolves.toMatchObject({ userName: '赵六', telNumber: '13600000000', provinceName: '北京市', cityName: '' })
    expect(rt.device.account.addresses.map((a) => a.userName)).toEqual(['张三', '赵六'])
  })

  test('picking an entry the list does not have is a test mistake, said so', async () => {
    const rt = createRuntime({ user: { chooseAddress: 3 } })
    await expect(rt.wx.chooseAddress()).rejects.toThrow(FakeWxError)
    await expect(rt.wx.chooseAddress()).rejects.toThrow(/account\.addresses\[3\].*1 entry/)
  })

  test('an answer of the wrong shape is refused when scripted', () => {
    const rt = createRuntime()
    expect(() => rt.user.answer({ chooseAddress: 'first' as never })).toThrow(/address list/)
  })
})
