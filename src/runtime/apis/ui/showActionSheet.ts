// https://developers.weixin.qq.com/miniprogram/dev/api/ui/interaction/wx.showActionSheet.html
// 显示操作菜单. `itemList` required, "数组长度最大为 6"; `itemColor` default #000000; `alertText` (2.14.0) (doc, H).
// The user taps an item → `{ tapIndex }` ("用户点击的按钮序号，从上到下的顺序，从0开始"), or 取消 / the mask →
// `showActionSheet:fail cancel` (doc's note "errMsg 为 fail cancel"; app code compares with it, H).
// 7 items or more: the base library refuses before anything shows, `showActionSheet:fail parameter error: itemList should
// not be large than 6` (decompiled early WAService.js `logErr(...)`, without errno; H for the text).
// The simulated user answers the `actionSheet` prompt: `createRuntime({ user: { actionSheet: 1 } })`.
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

const MAX_ITEMS = 6

export const showActionSheet = defineAsyncApi({
  name: 'showActionSheet',
  params: { itemList: 'Array!', itemColor: 'String', alertText: 'String' },
  async run(ctx, o) {
    if (o.itemList.length > MAX_ITEMS) return failure(`parameter error: itemList should not be large than ${MAX_ITEMS}`)
    const itemList = [...o.itemList]
    const answer = await ctx.user.ask('actionSheet', ctx.api, {
      itemList,
      itemColor: o.itemColor ?? '#000000',
      ...(o.alertText !== undefined ? { alertText: o.alertText } : {}),
    })
    if (answer === 'cancel') return failure('cancel')
    if (answer >= itemList.length) {
      throw new FakeWxError(
        `The action sheet has ${itemList.length} item(s) (${itemList.map((t, i) => `${i}: ${t}`).join(', ')}); the answer ${answer} is none of them.`,
        `Answer with an index from 0 to ${itemList.length - 1}, or 'cancel'.`,
      )
    }
    return ok({ tapIndex: answer })
  },
})
