// https://developers.weixin.qq.com/miniprogram/dev/api/device/contact/wx.addPhoneContact.html
// Base library 1.2.0; scope scope.addPhoneContact (enforced since 2022-02-21, [SCOPES-2022]). "用户可以选择将该表单以
// 「新增联系人」或「添加到已有联系人」的方式，写入手机系统通讯录" (H): the system sheet is the `addPhoneContact` prompt
// ('add' | 'addToExisting' | 'cancel'). Cancel: "addPhoneContact:fail cancel" (L: the text wx-compat shims emit;
// research.md §3.4). Saved contacts show up in `rt.device.contacts.items`.
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import type { ContactFields } from '../../device/contacts.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import type { ParamSchema } from '../../facade/params.ts'

/** Every field of the form is a string; only firstName is required (typings, H). */
const OPTIONAL_FIELDS = [
  'lastName', 'middleName', 'nickName', 'remark', 'photoFilePath', 'mobilePhoneNumber', 'weChatNumber', 'organization', 'title',
  'workPhoneNumber', 'workFaxNumber', 'hostNumber', 'homePhoneNumber', 'homeFaxNumber', 'email', 'url',
  'addressCountry', 'addressState', 'addressCity', 'addressStreet', 'addressPostalCode',
  'workAddressCountry', 'workAddressState', 'workAddressCity', 'workAddressStreet', 'workAddressPostalCode',
  'homeAddressCountry', 'homeAddressState', 'homeAddressCity', 'homeAddressStreet', 'homeAddressPostalCode',
] as const satisfies readonly (keyof ContactFields)[]

const PARAMS: ParamSchema = { firstName: 'String!', ...Object.fromEntries(OPTIONAL_FIELDS.map((k) => [k, 'String'])) }

export const addPhoneContact = defineAsyncApi({
  name: 'addPhoneContact',
  params: PARAMS,
  scope: 'scope.addPhoneContact',
  async run(ctx, options) {
    const contact: ContactFields = { firstName: options.firstName }
    for (const key of OPTIONAL_FIELDS) if (options[key] !== undefined) contact[key] = options[key]
    const mode = await ctx.user.ask('addPhoneContact', ctx.api, { contact })
    if (mode === 'cancel') return failure('cancel', ERRNO.cancel)
    ctx.device.contacts.add({ fields: contact, mode })
    return ok({})
  },
})
