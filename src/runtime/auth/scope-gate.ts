import type { ApiContext } from '../core.ts'
import { PERMISSION_SCOPES } from '../app-json/app-json.ts'
import { authDenyReason } from '../errors/dialects.ts'
import { ERRNO } from '../errors/errno.ts'
import { failure, type Outcome } from '../errors/wx-error.ts'
import { answerCheckbox, checkboxOf } from '../privacy/privacy-checkbox.ts'
import { isWithdrawn, SCOPE_TABLE, type Scope } from './scope-table.ts'

/** How a scope request ended: already granted or allowed now, refused in the dialog just shown, or denied before (no dialog). */
export type ScopeDecision = 'granted' | 'refused-now' | 'denied-before'

/**
 * The seed's flowchart, once, for every guarded API and for wx.authorize (research.md §1.2, [AUTH] H):
 *  - never asked → the permission dialog; allow stores true and the API runs, deny stores false and it fails;
 *  - granted → no dialog, the API runs;
 *  - denied → no dialog, the API fails at once ("直接进入接口 fail 回调").
 * Settings-only scopes never show a dialog; withdrawn scopes always pass.
 */
export function requestScope(ctx: ApiContext, scope: Scope): Promise<ScopeDecision> {
  const decided = decidedScope(ctx, scope)
  return decided ? Promise.resolve(decided) : askScope(ctx, scope)
}

/**
 * The flowchart's branches that need no dialog (a scope granted, denied before, withdrawn or settings-only),
 * answered at once: the client decides them inside the call, so calls made in one tick take effect in call
 * order (issue 11 defect 2: `startLocationUpdate({}); stopLocationUpdate({})` stops the updates). Undefined when
 * the dialog must show.
 */
export function decidedScope(ctx: ApiContext, scope: Scope): ScopeDecision | undefined {
  const row = SCOPE_TABLE[scope]
  if (isWithdrawn(scope, ctx.config.appType)) {
    if (ctx.config.withdrawnScopes === 'once-used') ctx.auth.set(scope, 'granted', 'withdrawn')
    return 'granted'
  }
  const state = ctx.auth.get(scope)
  if (state === 'granted') return 'granted'
  if (state === 'denied') return 'denied-before'
  if (row.ask === 'settings-only') {
    // research.md §4.1 (L): the first call lists the scope in the settings page as off.
    ctx.auth.set(scope, 'denied', 'first-use')
    return 'denied-before'
  }
  return undefined
}

/** The permission dialog, when no other native dialog is on screen. */
function askScope(ctx: ApiContext, scope: Scope): Promise<ScopeDecision> {
  return withDialog(ctx, async () => {
    // Another call may have asked the same scope while this one waited for the screen.
    const now = ctx.auth.get(scope)
    if (now !== 'undetermined') return now === 'granted' ? 'granted' : 'denied-before'
    const desc = PERMISSION_SCOPES.includes(scope) ? ctx.config.appJson.permission?.[scope]?.desc : undefined
    // Base library ≥ 3.4.2: the privacy consent rides on this dialog as a checkbox (privacy/privacy-checkbox.ts).
    const privacy = checkboxOf(ctx)
    const answer = await ctx.user.ask('authorize', ctx.api, { scope, api: ctx.api, ...(desc ? { desc } : {}), ...(privacy ? { privacy } : {}) }, scope)
    if (privacy) answerCheckbox(ctx, answer)
    ctx.auth.set(scope, answer === 'allow' ? 'granted' : 'denied', 'dialog')
    return answer === 'allow' ? 'granted' : 'refused-now'
  })
}

/** The fail outcome for a refused scope: `<api>:fail auth deny` (in the runtime's dialect), errno 103. */
export function authDeny(ctx: ApiContext): Outcome<never> {
  return failure(authDenyReason(ctx.config.dialect, ctx.api), ERRNO.authDeny)
}

/** Guards an API with a scope: undefined when it may run, else the client's refusal. */
export function scopeGate(ctx: ApiContext, scope: Scope): Outcome<never> | undefined | Promise<Outcome<never> | undefined> {
  const decided = decidedScope(ctx, scope)
  if (decided) return decided === 'granted' ? undefined : authDeny(ctx)
  return askScope(ctx, scope).then((d) => (d === 'granted' ? undefined : authDeny(ctx)))
}

/** Runs `show` when no other native dialog is on screen (FIFO). */
export function withDialog<T>(ctx: ApiContext, show: () => Promise<T>): Promise<T> {
  const result = ctx.dialogs.tail.then(show, show)
  ctx.dialogs.tail = result.catch(() => undefined)
  return result
}
