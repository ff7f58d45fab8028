// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.chooseLocation.html
// Opens the map picker; the user picks a place (gcj02) or cancels: "chooseLocation:fail cancel".
// Needs no scope since 2022-06-13 ([CHOOSELOC-2022], research.md §3); `legacy.chooseLocationScope`
// restores the old scope.userLocation rule the seed shows.
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const chooseLocation = defineAsyncApi({
  name: 'chooseLocation',
  params: { latitude: 'Number', longitude: 'Number' },
  scope: (ctx) => (ctx.config.legacy.chooseLocationScope ? 'scope.userLocation' : undefined),
  async run(ctx, { latitude, longitude }) {
    const answer = await ctx.user.ask('chooseLocation', 'chooseLocation', {
      ...(latitude !== undefined ? { latitude } : {}),
      ...(longitude !== undefined ? { longitude } : {}),
    })
    if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
    const { name, address, latitude: lat, longitude: lng } = answer
    return ok({ name, address, latitude: lat, longitude: lng })
  },
})
