// https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.choosePoi.html
// "打开POI列表选择位置，支持模糊定位（精确到市）和精确定位混选" (typings, H). Success { type: 1 (a city) | 2 (a place),
// city, name, address, latitude, longitude }; since 2022-06-13 the coordinates are always 0 and no scope.userLocation
// is needed ([CHOOSELOC-2022], research.md §3, H; `legacy.chooseLocationScope` restores the old scope as for
// chooseLocation). app.json requiredPrivateInfos and the MP admin 接口设置 apply by name (gates); privacy type
// chosenLocation. A city pick: name is the city, address '' (L). Cancel: "choosePoi:fail cancel" (app code, M).
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi, type PayloadOf } from '../../facade/define-api.ts'

export const choosePoi = defineAsyncApi({
  name: 'choosePoi',
  scope: (ctx) => (ctx.config.legacy.chooseLocationScope ? 'scope.userLocation' : undefined),
  async run(ctx) {
    const answer = await ctx.user.ask('choosePoi', 'choosePoi', {})
    if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
    const place = 'name' in answer
      ? { type: 2, city: answer.city ?? '', name: answer.name, address: answer.address }
      : { type: 1, city: answer.city, name: answer.city, address: '' }
    // `city` is typed number in the typings; the doc and every report show the city's name (research.md §3, M).
    return ok({ ...place, latitude: 0, longitude: 0 } as unknown as PayloadOf<'choosePoi'>)
  },
})
