// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/invoice/wx.chooseInvoice.html
// Base library 2.3.0. "选择用户已有的发票" (H). scope.invoice is withdrawn: no dialog. `invoiceInfo` is a JSON
// string; apps parse it as an array of { card_id, encrypt_code, app_id } and check its length (M: public app code),
// so the user may pick several of `rt.device.account.invoices` (the `chooseInvoice` prompt: an index or indices).
// Cancel: "chooseInvoice:fail cancel" (L: by analogy with the other pickers).
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { pickEntry } from '../../user/pick-answer.ts'

export const chooseInvoice = defineAsyncApi({
  name: 'chooseInvoice',
  scope: 'scope.invoice',
  async run(ctx) {
    const invoices = ctx.device.account.invoices
    const answer = await ctx.user.ask('chooseInvoice', ctx.api, { invoices: [...invoices] })
    if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
    const picked = (typeof answer === 'number' ? [answer] : answer).map((i) => pickEntry(invoices, i, 'account.invoices'))
    return ok({ invoiceInfo: JSON.stringify(picked) })
  },
})
