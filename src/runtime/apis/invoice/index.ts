import { chooseInvoice } from './chooseInvoice.ts'
import { chooseInvoiceTitle } from './chooseInvoiceTitle.ts'

export const INVOICE_APIS = [chooseInvoiceTitle, chooseInvoice] as const
