// https://developers.weixin.qq.com/miniprogram/dev/api/device/phone/wx.makePhoneCall.html
// "拨打电话": phoneNumber (String, required). The client shows the number in a sheet ('makePhoneCall' prompt:
// 'call' | 'cancel'); cancelling fails 'makePhoneCall:fail cancel' (H: the text shipped apps compare against).
// An empty number: 'parameter error: parameter.phoneNumber should not be empty String;' (M: a base-library clone's
// validator). Promise form.
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const makePhoneCall = defineAsyncApi({
  name: 'makePhoneCall',
  params: { phoneNumber: 'String!' },
  async run(ctx, o) {
    if (o.phoneNumber === '') return failure('parameter error: parameter.phoneNumber should not be empty String;', ERRNO.parameterError)
    const answer = await ctx.user.ask('makePhoneCall', ctx.api, { phoneNumber: o.phoneNumber })
    if (answer === 'cancel') return failure('cancel')
    ctx.trace.record({ type: 'device', change: 'phoneCall', value: o.phoneNumber })
    return ok({})
  },
})
