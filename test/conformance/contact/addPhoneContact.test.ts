// wx.addPhoneContact: https://developers.weixin.qq.com/miniprogram/dev/api/device/contact/wx.addPhoneContact.html
import { describe, expect, test } from 'vitest'
import { createRuntime, UnansweredPromptError } from '../../../src/index.ts'

describe('wx.addPhoneContact', () => {
  test('after the dialog the system sheet shows the form; 新增联系人 ("add") writes it to the address book', async () => {
    const rt = createRuntime({ user: { authorize: 'allow', addPhoneContact: 'add' } })
    const res = await rt.wx.addPhoneContact({ firstName: '三', lastName: '张', mobilePhoneNumber: '13800000000', organization: '示例' })
    expect(res).toEqual({ errMsg: 'addPhoneContact:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize', 'addPhoneContact'])
    expect(rt.device.contacts.items).toEqual([
      { fields: { firstName: '三', lastName: '张', mobilePhoneNumber: '13800000000', organization: '示例' }, mode: 'add' },
    ])
  })

  test('添加到已有联系人 ("addToExisting") is recorded as such', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { addPhoneContact: 'addToExisting' } })
    await rt.wx.addPhoneContact({ firstName: '四' })
    expect(rt.device.contacts.items[0]?.mode).toBe('addToExisting')
  })

  test('the sheet shows what the app filled in', async () => {
    const rt = createRuntime({ scenario: 'granted', onUnansweredPrompt: 'wait' })
    const call = rt.wx.addPhoneContact({ firstName: '五', weChatNumber: 'wu5' })
    const sheet = await rt.user.nextPrompt()
    expect(sheet).toMatchObject({ kind: 'addPhoneContact', api: 'addPhoneContact', details: { contact: { firstName: '五', weChatNumber: 'wu5' } } })
    sheet.respond('add' as never)
    await expect(call).resolves.toMatchObject({ errMsg: 'addPhoneContact:ok' })
  })

  test('the user cancels the sheet: "addPhoneContact:fail cancel", errno 1, nothing written', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { addPhoneContact: 'cancel' } })
    await expect(rt.wx.addPhoneContact({ firstName: '三' })).rejects.toEqual({ errMsg: 'addPhoneContact:fail cancel', errno: 1 })
    expect(rt.device.contacts.items).toHaveLength(0)
  })

  test('firstName is required; every field is a String', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { addPhoneContact: 'add' } })
    await expect(rt.wx.addPhoneContact({} as never)).rejects.toEqual({
      errMsg: 'addPhoneContact:fail parameter error: parameter.firstName should be String instead of Undefined;',
      errno: 1001,
    })
    await expect(rt.wx.addPhoneContact({ firstName: '三', mobilePhoneNumber: 13800000000 as never })).rejects.toMatchObject({
      errMsg: 'addPhoneContact:fail parameter error: parameter.mobilePhoneNumber should be String instead of Number;',
    })
    expect(rt.prompts).toHaveLength(0)
  })

  test('refused (scope.addPhoneContact): "addPhoneContact:fail auth deny", and no sheet', async () => {
    const rt = createRuntime({ user: { authorize: 'deny', addPhoneContact: 'add' } })
    await expect(rt.wx.addPhoneContact({ firstName: '三' })).rejects.toEqual({ errMsg: 'addPhoneContact:fail auth deny', errno: 103 })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize'])
  })

  test('an unanswered sheet fails the test loudly, naming the prompt kind to script', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const error = await rt.wx.addPhoneContact({ firstName: '三' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnansweredPromptError)
    expect(String(error)).toMatch(/addPhoneContact: 'add'/)
  })
})
