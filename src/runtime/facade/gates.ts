import type { ApiContext } from '../core.ts'
import { compareVersion } from '../config.ts'
import { failure, type Outcome } from '../errors/wx-error.ts'
import { adminEnabledGate } from '../auth/admin-apis.ts'
import { scopeGate } from '../auth/scope-gate.ts'
import { TAP_ONLY_APIS, tapGestureError } from '../user/gestures.ts'
import { requiredPrivateInfosGate } from '../app-json/required-private-infos.ts'
import { osPermissionGate } from '../device/os-gate.ts'
import { privacyGate } from '../privacy/privacy-gate.ts'
import { scopeOf, type AsyncApi } from './define-api.ts'
import { checkParams } from './params.ts'
import type { Gate } from './gate.ts'

/**
 * The checks every asynchronous call passes before its body runs, in the client's order
 * (parameters are checked in JS before anything native; research.md §3 "real order of pre-checks").
 * A gate returns a fail outcome to stop the call, or undefined to let it through.
 */
export type { Gate } from './gate.ts'

/** Parameter table check → `<api>:fail parameter error: …`. */
export const parameterGate: Gate = (_ctx, def, options) => checkParams(def.params, options, def.name)

/**
 * Tap-only APIs (user/gestures.ts TAP_ONLY_APIS): the gesture is sampled when the API is called
 * (research.md §6), enforced from the rule's base library on, not on DevTools.
 */
export const tapGestureGate: Gate = (ctx, def) => {
  const rule = TAP_ONLY_APIS[def.name]
  if (!rule || ctx.tapped || !ctx.config.enforceTapGesture) return undefined
  if (compareVersion(ctx.config.SDKVersion, rule.since) < 0) return undefined
  return failure(tapGestureError)
}

/** The scope the API needs (scope table via the definition). */
export const scopeCheckGate: Gate = (ctx, def, options) => {
  const scope = scopeOf(ctx, def, options)
  return scope ? scopeGate(ctx, scope) : undefined
}

/**
 * In order. After the JS-side checks, the client's order for getLocation ([BASELIB-RE], research.md §3,
 * "real order of pre-checks", M): the privacy pre-check, then the requiredPrivateInfos declaration, then
 * native — which refuses an API not enabled in the MP admin (`scope unauthorized`, no dialog; §1.3, §7.2),
 * asks the scope and then checks WeChat's OS permission and the system switch (§5).
 * So a privacy refusal wins over a missing declaration, which wins over a scope denial, which wins
 * over the OS. Versions are not a gate: an API too new for the base library is not on `wx` at all.
 */
export const GATES: readonly Gate[] = [
  parameterGate,
  tapGestureGate,
  privacyGate,
  requiredPrivateInfosGate,
  adminEnabledGate,
  scopeCheckGate,
  osPermissionGate,
]
