import type { ApiContext } from '../core.ts'
import { requestScope } from '../auth/scope-gate.ts'
import { scopeRow, type Scope } from '../auth/scope-table.ts'
import { checkOsLayer } from '../device/os-gate.ts'
import type { Outcome } from '../errors/wx-error.ts'
import { checkPrivacy } from '../privacy/privacy-gate.ts'
import { privacyTypesOfGuard } from '../privacy/privacy-apis.ts'

/** Where a request through the layers stopped, for callers that report on their own channel. */
export type LayeredDecision =
  | { readonly stop: 'none' }
  /** The privacy agreement: `outcome.errno` 104 (refused) or 112 (type not declared). */
  | { readonly stop: 'privacy'; readonly outcome: Outcome<never> & { ok: false } }
  | { readonly stop: 'scope'; readonly decision: 'refused-now' | 'denied-before' }
  /** WeChat's OS permission or a system switch: the platform's failure. */
  | { readonly stop: 'os'; readonly outcome: Outcome<never> & { ok: false } }

const GRANTED: LayeredDecision = { stop: 'none' }

/**
 * onNeedPrivacyAuthorization's `eventInfo.referrer` for a guard: "触发本次 onNeedPrivacyAuthorization 事件的接口或组件名
 * （例如：\"getUserProfile\", \"button.getPhoneNumber\"）" (typings, H) — bare names, so `wx.createVKSession` →
 * `createVKSession`, `<camera>` → `camera`. A method keeps its object (`RecorderManager.start`; the real name is not documented, L).
 */
export function referrerOf(guard: string): string {
  return guard.replace(/^wx\./, '').replace(/^<([^>\s]+)>$/, '$1')
}

/**
 * The layers of gates.ts, in the same order, for APIs whose refusal is not a `fail` (RecorderManager.start,
 * `<camera>`, VKSession.start, `<live-pusher>`): the privacy agreement for `guard`'s data types, then the
 * scope (dialog …), then WeChat's OS permission behind the scope (research.md §3, §5, §6.3).
 */
export async function requestThroughLayers(ctx: ApiContext, guard: string, scope: Scope): Promise<LayeredDecision> {
  const privacy = await checkPrivacy(ctx, privacyTypesOfGuard(guard), referrerOf(guard), scope)
  if (privacy && !privacy.ok) return { stop: 'privacy', outcome: privacy }
  const decision = await requestScope(ctx, scope)
  if (decision !== 'granted') return { stop: 'scope', decision }
  const permission = scopeRow(scope).os
  const os = permission ? await checkOsLayer(ctx, permission) : undefined
  return os && !os.ok ? { stop: 'os', outcome: os } : GRANTED
}
