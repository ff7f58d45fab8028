import type { ApiContext } from '../core.ts'
import { scopeRow } from '../auth/scope-table.ts'
import { withDialog } from '../auth/scope-gate.ts'
import { failure, type Outcome } from '../errors/wx-error.ts'
import { scopeOf } from '../facade/define-api.ts'
import type { Gate } from '../facade/gate.ts'
import { OS_DENIED, osDialectOf, type DevicePermission, type OsFailure, type OsPermissionState } from './os-permissions.ts'
import { SWITCH_OF, SWITCH_OFF } from './system-switches.ts'
import { osPermissionOf, switchOf } from './device.ts'

const fail = (f: OsFailure): Outcome<never> => failure(f.reason, f.errno, f.extra)

/**
 * iOS asks the OS question the first time WeChat itself needs the permission ('not determined'):
 * the system dialog follows WeChat's own scope dialog — users see two dialogs
 * ("wx.authorize调取录音权限真机上会弹出两次弹窗", iOS 8.0.54; research.md §1.2, M). The user's answer
 * is the phone's, for WeChat as a whole.
 */
export async function askOsPermission(ctx: ApiContext, permission: DevicePermission): Promise<OsPermissionState> {
  return withDialog(ctx, async () => {
    const now = osPermissionOf(ctx.device, permission)
    if (now !== 'not determined') return now
    const answer = await ctx.user.ask('osPermission', ctx.api, { permission, api: ctx.api })
    const state = answer === 'allow' ? 'authorized' : 'denied'
    ctx.device.os.set({ [permission]: state })
    return state
  })
}

/**
 * The OS layer for a capability: WeChat's OS permission (asked on iOS when 'not determined'), then the
 * system switch it needs. Undefined when the call may go on, else the client's failure for this
 * platform (device/os-permissions.ts OS_DENIED, device/system-switches.ts SWITCH_OFF). Synchronous
 * unless the iOS dialog has to show.
 * APIs whose refusal is not a `fail` (RecorderManager, camera) call this themselves after requestScope.
 */
export function checkOsLayer(ctx: ApiContext, permission: DevicePermission): Outcome<never> | undefined | Promise<Outcome<never> | undefined> {
  const state = osPermissionOf(ctx.device, permission)
  if (state === 'not determined') return askOsPermission(ctx, permission).then(() => checkOsLayer(ctx, permission))
  const dialect = osDialectOf(ctx.device.platform)
  if (state === 'denied') return fail(OS_DENIED[permission][dialect])
  const switchName = SWITCH_OF[permission]
  const off = switchName && !switchOf(ctx.device, switchName) ? SWITCH_OFF[switchName] : undefined
  return off ? fail(off[dialect]) : undefined
}

/**
 * After the scope gate: the OS permission the scope needs (scope table `os`). "A granted scope still
 * fails when the OS permission or switch is off; authSetting shows true while the API fails"
 * (research.md §5, §8.7, H).
 */
export const osPermissionGate: Gate = (ctx, def, options) => {
  const scope = scopeOf(ctx, def, options)
  const permission = scope ? scopeRow(scope).os : undefined
  return permission ? checkOsLayer(ctx, permission) : undefined
}
