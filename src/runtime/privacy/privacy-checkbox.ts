import type { ApiContext } from '../core.ts'
import { isWithdrawn, SCOPE_TABLE, type Scope } from '../auth/scope-table.ts'
import type { PrivacyType } from './privacy-apis.ts'
import { privacyOf, recordAgreement } from './privacy-state.ts'

/**
 * Base library ≥ 3.4.2: "API 有授权弹窗的隐私接口（例如 wx.getLocation），将不会再弹官方隐私弹窗，而是在授权弹窗上增加
 * '隐私勾选'；无授权弹窗的隐私接口（如 wx.getClipboardData），将继续保留原来的官方隐私弹窗" (community write-up,
 * 2024-04-26 update, https://developers.weixin.qq.com/community/develop/article/doc/0008e4f5990a10556d30f530a66c13;
 * research.md §1.2, §6.1, M).
 *
 * It replaces the *official* popup, which only shows when the app registered no wx.onNeedPrivacyAuthorization
 * listener (research.md §6.1); with a listener the app's own flow runs as before (the write-up says nothing
 * else about listeners: inferred, L). "Has an authorization dialog" is read as: the call's scope would show its
 * dialog now (a dialog scope, never asked); a scope granted or denied before shows no dialog, so the popup stays.
 *
 * Allowing on that dialog records both answers: the 允许 button needs the box ticked (assumed, L; no source
 * shows the dialog's states), so 'allow' is consent and 'deny' leaves the guide unagreed.
 */
export function checkboxApplies(ctx: ApiContext, scope: Scope | undefined): scope is Scope {
  if (!scope || !ctx.config.privacy.checkboxOnScopeDialog || privacyOf(ctx).listener) return false
  if (SCOPE_TABLE[scope].ask !== 'dialog' || isWithdrawn(scope, ctx.config.appType)) return false
  return ctx.auth.get(scope) === 'undetermined'
}

/** Calls whose privacy consent waits for the checkbox on their scope dialog: the types still to agree to. */
const deferred = new WeakMap<object, readonly PrivacyType[]>()

/** The privacy layer lets the call through to its scope dialog, which will carry the checkbox. */
export function deferToCheckbox(ctx: ApiContext, types: readonly PrivacyType[]): void {
  ctx.trace.record({ type: 'note', text: `privacy: wx.${ctx.api}'s consent is the checkbox on its permission dialog (base library ≥ 3.4.2)` })
  deferred.set(ctx, types)
}

/** Whether this call's consent already waits for a checkbox (a component asking two scopes checks privacy per scope). */
export function awaitsCheckbox(ctx: ApiContext): boolean {
  return deferred.has(ctx)
}

/** `details.privacy` of the permission dialog this call shows: the checkbox, while the call's types are still unagreed. */
export function checkboxOf(ctx: ApiContext): { contractName: string } | undefined {
  const types = deferred.get(ctx)
  if (!types) return undefined
  const agreed = privacyOf(ctx).agreed
  return types.every((t) => agreed.has(t)) ? undefined : { contractName: ctx.config.privacy.contractName }
}

/** The user answered a dialog that carried the checkbox: allowing ticked it (see above). */
export function answerCheckbox(ctx: ApiContext, answer: 'allow' | 'deny'): void {
  if (answer === 'allow') recordAgreement(ctx, 'the checkbox on the permission dialog')
  else ctx.trace.record({ type: 'note', text: 'privacy: the permission dialog was refused; the privacy guide stays unagreed' })
}
