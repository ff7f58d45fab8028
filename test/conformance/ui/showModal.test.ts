// wx.showModal answered by the simulated user. https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showModal.html
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'

describe('wx.showModal', () => {
  test("confirm → { errMsg: 'showModal:ok', confirm: true, cancel: false }", async () => {
    const rt = createRuntime({ user: { modal: 'confirm' } })
    await expect(rt.wx.showModal({ title: '提示', content: '去设置' })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
  })

  test('cancel → confirm: false, cancel: true (still success: a cancelled modal is not a failure)', async () => {
    const rt = createRuntime({ user: { modal: 'cancel' } })
    await expect(rt.wx.showModal({ title: '提示' })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true })
  })

  test('the prompt shows the modal with the client defaults (确定 / 取消, cancel button shown)', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const call = rt.wx.showModal({ title: '需要位置权限', content: '请在设置中打开' })
    const modal = await rt.user.nextPrompt()
    expect(modal).toMatchObject({
      kind: 'modal',
      api: 'showModal',
      details: { title: '需要位置权限', content: '请在设置中打开', showCancel: true, confirmText: '确定', cancelText: '取消', editable: false },
    })
    modal.respond('confirm')
    await call
  })

  test('an editable modal returns the text typed (2.17.1 editable, content)', async () => {
    const rt = createRuntime({ user: { modal: { confirm: true, content: '备注' } } })
    await expect(rt.wx.showModal({ title: 't', editable: true })).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false, content: '备注' })
  })

  test('editable needs base library 2.17.1 (typings "需要基础库 2.17.1"): before it the modal has no input and no content', async () => {
    const rt = createRuntime({ SDKVersion: '2.16.1', onUnansweredPrompt: 'wait' })
    const call = rt.wx.showModal({ title: 't', editable: true })
    const modal = await rt.user.nextPrompt()
    expect(modal.details).toMatchObject({ editable: false })
    modal.respond('confirm')
    await expect(call).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
  })

  test('a modal without a cancel button cannot be cancelled: scripting that is a FakeWxError', async () => {
    const rt = createRuntime({ user: { modal: 'cancel' } })
    await expect(rt.wx.showModal({ title: 't', showCancel: false })).rejects.toBeInstanceOf(FakeWxError)
  })

  test('a title of the wrong type → parameter error, no modal (research §2.4)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.showModal({ title: 1 } as never)).rejects.toEqual({
      errMsg: 'showModal:fail parameter error: parameter.title should be String instead of Number;',
      errno: 1001,
    })
    expect(rt.prompts).toEqual([])
  })
})
