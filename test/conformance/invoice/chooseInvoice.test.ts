// wx.chooseInvoice: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/invoice/wx.chooseInvoice.html
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'

describe('wx.chooseInvoice', () => {
  test('scope.invoice is withdrawn: no dialog; invoiceInfo is a JSON string of the picked cards', async () => {
    const rt = createRuntime({ user: { chooseInvoice: 0 } })
    const res = await rt.wx.chooseInvoice()
    expect(res.errMsg).toBe('chooseInvoice:ok')
    expect(JSON.parse(res.invoiceInfo)).toEqual([rt.device.account.invoices[0]])
    expect(Object.keys(JSON.parse(res.invoiceInfo)[0]).sort()).toEqual(['app_id', 'card_id', 'encrypt_code'])
    expect(rt.prompts.map((p) => p.kind)).toEqual(['chooseInvoice'])
  })

  test('the user may pick several invoices', async () => {
    const rt = createRuntime({ user: { chooseInvoice: [1, 0] } })
    const res = await rt.wx.chooseInvoice()
    expect(JSON.parse(res.invoiceInfo).map((i: { card_id: string }) => i.card_id)).toEqual([
      rt.device.account.invoices[1]!.card_id,
      rt.device.account.invoices[0]!.card_id,
    ])
  })

  test('the user cancels: "chooseInvoice:fail cancel", errno 1', async () => {
    const rt = createRuntime({ user: { chooseInvoice: 'cancel' } })
    await expect(rt.wx.chooseInvoice()).rejects.toEqual({ errMsg: 'chooseInvoice:fail cancel', errno: 1 })
  })

  test('an empty card package: picking anything is a test mistake', async () => {
    const rt = createRuntime({ user: { chooseInvoice: 0 } })
    rt.device.account.invoices = []
    await expect(rt.wx.chooseInvoice()).rejects.toThrow(FakeWxError)
  })
})
