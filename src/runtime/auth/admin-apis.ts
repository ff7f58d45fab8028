import { REQUIRED_PRIVATE_INFOS, type RequiredPrivateInfo } from '../app-json/required-private-infos.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { failure } from '../errors/wx-error.ts'
import type { Gate } from '../facade/gate.ts'
import { isScope, SCOPE_TABLE, type Scope } from './scope-table.ts'

/**
 * APIs a mini program must have enabled in the MP admin, "开发-开发管理-接口设置": each of the 8 location APIs of
 * requiredPrivateInfos (research.md §7.2 last bullet, M). One not enabled fails at runtime with `scope unauthorized`,
 * no dialog (research.md §1.3, §2.1 "scope or API not enabled for this app", M):
 *  - the API: `<api>:fail scope unauthorized` (e.g. `startLocationUpdateBackground:fail scope unauthorized`, iOS 7.0.5,
 *    https://developers.weixin.qq.com/community/develop/doc/000a6ccdd54820ed3a19d75d751400);
 *  - wx.authorize on its scope: `authorize:fail scope unauthorized`, or on iOS `authorize:fail 系统错误,错误码:-12007,scope
 *    unauthorized` (dialect `authorizeScopeUnauthorized`; community answers cited in research.md §1.3, M).
 * A scope counts as not opened when none of the APIs it guards (scope table) is enabled — so wx.authorize on
 * scope.userLocation still works while startLocationUpdate is enabled and getLocation is not (inferred, L).
 * No errno is known for it (research.md §2.1 "?").
 */
export const ADMIN_ENABLED_APIS: readonly RequiredPrivateInfo[] = REQUIRED_PRIVATE_INFOS

/** `createRuntime({ disabledApis })`: each must be one of the 8. Thrown at createRuntime. */
export function checkDisabledApis(list: unknown): readonly RequiredPrivateInfo[] {
  if (list === undefined) return []
  if (!Array.isArray(list)) throw new FakeWxError(`disabledApis must be an array of API names, got ${JSON.stringify(list)}.`)
  for (const api of list) {
    if (!(ADMIN_ENABLED_APIS as readonly unknown[]).includes(api)) {
      throw new FakeWxError(
        `disabledApis has ${JSON.stringify(api)}, which is not an API the MP admin's 接口设置 switches.`,
        `Use one of ${ADMIN_ENABLED_APIS.join(', ')}.`,
      )
    }
  }
  return [...list] as RequiredPrivateInfo[]
}

/** Whether `scope` counts as not opened: it guards at least one 接口设置 API and every one of them is disabled. */
export function scopeUnauthorized(disabled: readonly string[], scope: Scope): boolean {
  const apis = SCOPE_TABLE[scope].guards
    .map((g) => g.replace(/^wx\./, ''))
    .filter((api) => (ADMIN_ENABLED_APIS as readonly string[]).includes(api))
  return apis.length > 0 && apis.every((api) => disabled.includes(api))
}

/**
 * After the base library's JS checks (privacy, requiredPrivateInfos) and before the scope dialog: the native side
 * refuses an API the app may not use before it asks anything ("without a dialog", research.md §1.3 table, M).
 */
export const adminEnabledGate: Gate = (ctx, def, options) => {
  const disabled = ctx.config.disabledApis
  if (disabled.length === 0) return undefined
  if (def.name === 'authorize') {
    const scope = (options as { scope?: unknown }).scope
    if (!isScope(scope) || !scopeUnauthorized(disabled, scope)) return undefined
    return failure(ctx.config.dialect.authorizeScopeUnauthorized ?? 'scope unauthorized')
  }
  return (disabled as readonly string[]).includes(def.name) ? failure('scope unauthorized') : undefined
}
