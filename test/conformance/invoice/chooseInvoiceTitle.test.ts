// wx.chooseInvoiceTitle: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/invoice/wx.chooseInvoiceTitle.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.chooseInvoiceTitle', () => {
  test('scope.invoiceTitle is withdrawn: no dialog; a company title has type 0 (单位) and its tax fields', async () => {
    const rt = createRuntime({ user: { chooseInvoiceTitle: 0 } })
    const res = await rt.wx.chooseInvoiceTitle()
    expect(res).toMatchObject({ errMsg: 'chooseInvoiceTitle:ok', type: 0, title: '示例科技有限公司' })
    expect(Object.keys(res).sort()).toEqual(['bankAccount', 'bankName', 'companyAddress', 'errMsg', 'taxNumber', 'telephone', 'title', 'type'])
    expect(rt.prompts.map((p) => p.kind)).toEqual(['chooseInvoiceTitle'])
    expect(rt.auth.authSetting()['scope.invoiceTitle']).toBe(true)
  })

  test('a personal title has type 1 (个人)', async () => {
    const rt = createRuntime({ user: { chooseInvoiceTitle: 1 } })
    await expect(rt.wx.chooseInvoiceTitle()).resolves.toMatchObject({ type: 1, title: '张三', taxNumber: '' })
  })

  test('the user cancels: "chooseInvoiceTitle:fail cancel", errno 1', async () => {
    const rt = createRuntime({ user: { chooseInvoiceTitle: 'cancel' } })
    await expect(rt.wx.chooseInvoiceTitle()).rejects.toEqual({ errMsg: 'chooseInvoiceTitle:fail cancel', errno: 1 })
  })

  test('the user adds a title: returned and kept in rt.device.account.invoiceTitles', async () => {
    const rt = createRuntime({ user: { chooseInvoiceTitle: { type: 0, title: '新公司', taxNumber: '91110000000000000X' } as never } })
    await expect(rt.wx.chooseInvoiceTitle()).resolves.toMatchObject({ type: 0, title: '新公司', bankName: '' })
    expect(rt.device.account.invoiceTitles).toHaveLength(3)
  })
})
