// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/werun/wx.getWeRunData.html
// Base library 1.2.0; scope scope.werun; not in plugins. "获取用户过去三十一天微信运动步数" (H). The result is
// `{ encryptedData, iv, cloudID }`; decrypted: `{ stepInfoList: [{ timestamp, step }, …], watermark }`.
// The steps are the fixture `rt.device.werun`; the encryption is the last wx.login's session_key
// (open-data/open-data-result.ts; without a login, an earlier session's key).
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'
import { openDataResult } from '../../open-data/open-data-result.ts'

export const getWeRunData = defineAsyncApi({
  name: 'getWeRunData',
  scope: 'scope.werun',
  run(ctx) {
    const werun = ctx.device.werun
    const report = () => ok(openDataResult(ctx, { stepInfoList: werun.stepInfoList(ctx.clock.now()) }))
    if (werun.enabled) return report()
    // WeRun is off: the client opens the page that turns it on (device/werun.ts `enabled`).
    return ctx.user.ask('enableWeRun', ctx.api, {}).then((answer) => {
      if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
      werun.enabled = true
      return report()
    })
  },
})
