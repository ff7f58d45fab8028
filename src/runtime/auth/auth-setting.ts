import type { AuthStore } from './auth-store.ts'
import type { WithdrawnScopesPolicy } from '../config.ts'
import { WITHDRAWN_SCOPES, type AppKind } from './scope-table.ts'

/**
 * `authSetting` as getSetting/openSetting return it: only scopes asked so far
 * ("返回值中只会出现小程序已经向用户请求过的权限", getSetting doc), plus the withdrawn scopes as true.
 *
 * Withdrawn scopes (address, invoice, invoiceTitle, userInfo): the typings say "已取消此项授权，会默认返回true";
 * whether the key is present before the API was ever called is unknown (research.md §1.4, "?").
 * `withdrawnScopes: 'always'` (default) lists them always; 'once-used' only after their API was called.
 */
export type { WithdrawnScopesPolicy } from '../config.ts'

/**
 * Makes a plain object (its prototype is Object.prototype, as `{}`'s) whose in-object slots V8 sizes from what the
 * constructor's objects get: authSetting's 5 keys or so fit in, where `{}` has 4 and spills the rest into a property
 * array: 96 → 64 B per getSetting/openSetting result, kept by the trace (issue 14, records).
 */
function PlainObject(): void {}
PlainObject.prototype = Object.prototype

export function authSettingOf(store: AuthStore, policy: WithdrawnScopesPolicy, appKind: AppKind = 'miniprogram'): Record<string, boolean> {
  const result = new (PlainObject as unknown as new () => Record<string, boolean>)()
  const asked = store.snapshot()
  for (const scope in asked) result[scope] = asked[scope as keyof typeof asked]!
  if (policy === 'always') {
    for (const scope of WITHDRAWN_SCOPES[appKind]) result[scope] = true
  }
  return result
}
