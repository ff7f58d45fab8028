// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/authorize/wx.authorize.html
// "调用后会立刻弹窗询问用户是否同意授权小程序使用某项功能或获取用户的某些数据，但不会实际调用对应接口。
//  如果用户之前已经同意授权，则不会出现弹窗，直接返回成功。" (H)
import { authDeny, requestScope } from '../../auth/scope-gate.ts'
import { isScope, scopeRow } from '../../auth/scope-table.ts'
import { osPermissionOf } from '../../device/device.ts'
import { askOsPermission } from '../../device/os-gate.ts'
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok } from '../../errors/wx-error.ts'
import { defineAsyncApi } from '../../facade/define-api.ts'

export const authorize = defineAsyncApi({
  name: 'authorize',
  params: { scope: 'String!' },
  async run(ctx, { scope }) {
    // research.md §1.3 (M): "authorize:fail invalid scope" for a string that is no scope (community, 2018).
    if (!isScope(scope)) return failure('invalid scope')
    const askedNow = ctx.auth.get(scope) === 'undetermined'
    const decision = await requestScope(ctx, scope)
    if (decision === 'granted') {
      // iOS asks its own question right after WeChat's while WeChat's OS permission is 'not determined'
      // ("wx.authorize调取录音权限真机上会弹出两次弹窗", research.md §1.2, M); authorize itself still succeeds.
      // Only after WeChat's dialog: on a scope granted before "不会出现弹窗，直接返回成功" (wx.authorize doc, H).
      const os = scopeRow(scope).os
      if (askedNow && os && osPermissionOf(ctx.device, os) === 'not determined') await askOsPermission(ctx, os)
      return ok({})
    }
    // A scope denied before fails at once, no dialog (research.md §1.3 H); iOS wording is a dialect setting.
    const again = ctx.config.dialect.authorizeAlreadyDenied
    if (decision === 'denied-before' && again) return failure(again, ERRNO.authDeny)
    return authDeny(ctx)
  },
})
