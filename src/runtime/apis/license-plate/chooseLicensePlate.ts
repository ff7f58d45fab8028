// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/license-plate/wx.chooseLicensePlate.html
// Base library 2.19.0. "选择车牌号" (typings, H): the user picks or types a plate on WeChat's plate keyboard.
// Success { plateNumber } (typings, H). Privacy type licensePlate (privacy table). Cancel: "chooseLicensePlate:fail
// cancel" (the pickers' wording; L: no report for this API was found).
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const chooseLicensePlate = defineAsyncApi({
  name: 'chooseLicensePlate',
  async run(ctx) {
    const answer = await ctx.user.ask('chooseLicensePlate', 'chooseLicensePlate', {})
    if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
    return ok({ plateNumber: answer })
  },
})
