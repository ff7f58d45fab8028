// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/address/wx.chooseAddress.html
// Base library 1.1.0. "调起用户编辑收货地址原生界面，并在编辑完成后返回用户选择的地址" (H). scope.address is withdrawn
// ("已取消授权，可以直接调用对应接口", seed): no dialog, getSetting reports it true. The user picks one of
// `rt.device.account.addresses` (the `chooseAddress` prompt: an index), adds a new one (an object), or cancels:
// "chooseAddress:fail cancel" (M: many shipped apps compare with it). app.json requiredPrivateInfos is a
// separate layer (research.md §7.2), not checked here.
import type { ShippingAddress } from '../../device/account.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { pickOrAdd } from '../../user/pick-answer.ts'

const EMPTY: ShippingAddress = {
  userName: '', postalCode: '', provinceName: '', cityName: '', countyName: '', streetName: '',
  detailInfo: '', detailInfoNew: '', nationalCode: '', telNumber: '',
}

export const chooseAddress = defineAsyncApi({
  name: 'chooseAddress',
  scope: 'scope.address',
  async run(ctx) {
    const { addresses } = ctx.device.account
    const answer = await ctx.user.ask('chooseAddress', ctx.api, { addresses: [...addresses] })
    return pickOrAdd(answer, addresses, EMPTY, 'account.addresses')
  },
})
