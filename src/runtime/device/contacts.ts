import type { Trace } from '../trace/trace.ts'
import { SavedItems } from './saved-items.ts'

/** The contact form wx.addPhoneContact fills in: its options without the callbacks. */
export type ContactFields = Omit<WechatMiniprogram.AddPhoneContactOption, 'success' | 'fail' | 'complete'>

/** How the user wrote the form into the phone's address book (the two choices of the system sheet). */
export type ContactSaveMode = 'add' | 'addToExisting'

export interface SavedContact {
  readonly fields: Readonly<ContactFields>
  /** 新增联系人 ('add') or 添加到已有联系人 ('addToExisting'). */
  readonly mode: ContactSaveMode
}

/** The phone's address book as wx.addPhoneContact writes it: `rt.device.contacts.items`. */
export class PhoneContacts extends SavedItems<SavedContact> {
  constructor(trace: Trace) {
    super(trace, 'contacts.save', (c) => ({ firstName: c.fields.firstName, mode: c.mode }))
  }
}
