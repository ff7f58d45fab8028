// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/invoice/wx.chooseInvoiceTitle.html
// Base library 1.5.0. "选择用户的发票抬头" (H); needs a verified 公众号 linked to the mini program (not modelled).
// scope.invoiceTitle is withdrawn: no dialog. The user picks one of `rt.device.account.invoiceTitles`
// (the `chooseInvoiceTitle` prompt), adds one, or cancels: "chooseInvoiceTitle:fail cancel" (M: an app's
// table of the client's results lists it).
import type { InvoiceTitle } from '../../device/account.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { pickOrAdd } from '../../user/pick-answer.ts'

const EMPTY: InvoiceTitle = { type: 1, title: '', taxNumber: '', companyAddress: '', telephone: '', bankName: '', bankAccount: '' }

export const chooseInvoiceTitle = defineAsyncApi({
  name: 'chooseInvoiceTitle',
  scope: 'scope.invoiceTitle',
  async run(ctx) {
    const { invoiceTitles } = ctx.device.account
    const answer = await ctx.user.ask('chooseInvoiceTitle', ctx.api, { titles: [...invoiceTitles] })
    return pickOrAdd(answer, invoiceTitles, EMPTY, 'account.invoiceTitles')
  },
})
