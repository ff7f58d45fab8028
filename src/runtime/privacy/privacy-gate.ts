import type { ApiContext } from '../core.ts'
import { withDialog } from '../auth/scope-gate.ts'
import { ERRNO } from '../errors/errno.ts'
import { failure, type Outcome } from '../errors/wx-error.ts'
import { later, reportAppError } from '../facade/deliver.ts'
import { scopeOf } from '../facade/define-api.ts'
import type { Gate } from '../facade/gate.ts'
import { isScope, type Scope } from '../auth/scope-table.ts'
import { privacyTypesOfCall, type PrivacyType } from './privacy-apis.ts'
import { awaitsCheckbox, checkboxApplies, deferToCheckbox } from './privacy-checkbox.ts'
import { needsAuthorization, privacyOf, recordAgreement, type PrivacyResolve } from './privacy-state.ts'

/** `<api>:fail privacy permission is not authorized`, errno 104 ([T:28804], [PRIV-MG]; research.md §2.3, H). */
export const privacyNotAuthorized = (): Outcome<never> => failure('privacy permission is not authorized', ERRNO.privacyNotAuthorized)
/** `<api>:fail api scope is not declared in the privacy agreement`, errno 112 (research.md §2.3, H). */
export const privacyNotDeclared = (): Outcome<never> => failure('api scope is not declared in the privacy agreement', ERRNO.privacyNotDeclared)
/**
 * Mini game, custom popup: `resolve({ event: 'agree' })` not preceded by a click fails with
 * "click action before resolve is needed", no errno listed ([PRIV-MG]; research.md §2.3, H, mini games only).
 */
export const clickNeeded = (): Outcome<never> => failure('click action before resolve is needed')

/** How the consent flow ended; 'no-click' is a mini game's agree with no click before it. */
export type PrivacyAnswer = 'agree' | 'disagree' | 'no-click'

/** The fail outcome of an answer other than 'agree'. */
export const privacyRefusal = (answer: Exclude<PrivacyAnswer, 'agree'>): Outcome<never> => (answer === 'no-click' ? clickNeeded() : privacyNotAuthorized())

/**
 * "若距上次用户拒绝不足10秒，将不再触发弹窗，直接给到开发者用户拒绝隐私授权弹窗的报错" (official notice quoted in
 * https://developers.weixin.qq.com/community/develop/doc/000ca420f9cbb0199f5003c7761800; research.md §2.3, M).
 */
export const PRIVACY_POPUP_GAP_MS = 10_000

/**
 * Asks for consent to the privacy guide and resolves with the outcome:
 *  - the app registered wx.onNeedPrivacyAuthorization → its (last) listener gets `(resolve, { referrer })`
 *    and the call stays pending until `resolve` ([T:28800] "处于 pending 状态", H). `agree` needs the id of an
 *    agreePrivacyAuthorization button the user tapped; an id never tapped fails the call with 104
 *    (undocumented for mini programs; the mini-game client refuses it too, research.md §6.2 "?").
 *    Every held call fires its own event (official demo2; research.md §6.2, L/M).
 *  - no listener → the official popup (since 2023-10-17), answered by the simulated user ('privacy' prompt);
 *    within 10 s of a refusal it does not show again and the call fails at once.
 */
export async function askPrivacy(ctx: ApiContext, referrer: string): Promise<PrivacyAnswer> {
  const state = privacyOf(ctx)
  const listener = state.listener
  if (listener) {
    return new Promise((settle) => {
      let done = false
      state.held.push(ctx.api)
      ctx.trace.record({ type: 'note', text: `privacy: wx.${ctx.api} held until the onNeedPrivacyAuthorization listener resolves` })
      const finish = (outcome: PrivacyAnswer) => {
        done = true
        state.held.splice(state.held.indexOf(ctx.api), 1)
        settle(outcome)
      }
      const resolve: PrivacyResolve = (arg) => {
        const event = arg?.event
        ctx.trace.record({ type: 'note', text: `privacy: resolve(${JSON.stringify(arg)}) for wx.${ctx.api}` })
        if (done) return
        if (event === 'exposureAuthorization') return // the app reports that its popup is showing
        if (event === 'disagree') return finish('disagree')
        if (event === 'agree' && ctx.config.appType === 'minigame') {
          // A mini game has no agree button: the click is the player's touch on the game's own popup ([PRIV-MG], H).
          if (!ctx.gesture.active) {
            ctx.trace.record({ type: 'note', text: `privacy: resolve({ event: 'agree' }) with no click before it: click action before resolve is needed` })
            return finish('no-click')
          }
          recordAgreement(ctx, 'the game\'s own popup, from a touch')
          return finish('agree')
        }
        if (event === 'agree') {
          if (arg?.buttonId !== undefined && state.tappedButtons?.has(arg.buttonId)) return finish('agree')
          ctx.trace.record({
            type: 'note',
            text: `privacy: resolve({ event: 'agree' }) without a tapped agreePrivacyAuthorization button (buttonId ${JSON.stringify(arg?.buttonId)}): refused`,
          })
          return finish('disagree')
        }
        ctx.trace.record({ type: 'note', text: `privacy: resolve ignored an unknown event ${JSON.stringify(event)}; wx.${ctx.api} stays pending` })
      }
      // The base library's privacy pre-check is asynchronous ([BASELIB-RE] `Bwe`, research.md §3): the
      // listener runs after the wx call has returned, never inside it.
      later(() => {
        try {
          listener(resolve, { referrer })
        } catch (error) {
          reportAppError(ctx, 'the onNeedPrivacyAuthorization listener', error, 'onNeedPrivacyAuthorization listener function')
        }
      })
    })
  }
  return withDialog(ctx, async () => {
    if (!needsAuthorization(state)) return 'agree' // another call's popup got consent meanwhile
    const last = state.lastPopupRefusal
    if (last !== undefined && ctx.clock.now() - last < PRIVACY_POPUP_GAP_MS) {
      ctx.trace.record({ type: 'note', text: 'privacy: refused less than 10 s ago, no popup' })
      return 'disagree'
    }
    const answer = await ctx.user.ask('privacy', ctx.api, { contractName: ctx.config.privacy.contractName, referrer })
    if (answer === 'agree') recordAgreement(ctx, 'official popup')
    else state.lastPopupRefusal = ctx.clock.now()
    return answer
  })
}

/**
 * The privacy layer for data types `types`: 112 when the guide does not declare one of them ("whatever
 * consent says", research.md §6.1, H), nothing when the user agreed to them, else the consent flow.
 * Below base library 2.32.3 nothing is intercepted. From 3.4.2, when `scope` (the call's scope) shows its
 * dialog now, consent is the checkbox on that dialog (privacy-checkbox.ts): the call goes on to it.
 * Channels that are not a `fail` (RecorderManager, camera) call this themselves with their guard's types
 * (privacyTypesOfGuard). Synchronous unless someone is asked.
 */
export function checkPrivacy(
  ctx: ApiContext,
  types: readonly PrivacyType[],
  referrer: string,
  scope?: Scope,
): Outcome<never> | undefined | Promise<Outcome<never> | undefined> {
  if (types.length === 0 || !ctx.config.features.privacy) return undefined
  const state = privacyOf(ctx)
  // Loops, not some/every with closures over the state: this runs for every gated call (issue 14).
  let agreed = true
  for (const t of types) {
    if (!state.declared.has(t)) return privacyNotDeclared()
    if (!state.agrees(t)) agreed = false
  }
  if (agreed) return undefined
  if (awaitsCheckbox(ctx)) return undefined
  if (checkboxApplies(ctx, scope)) {
    deferToCheckbox(ctx, types)
    return undefined
  }
  return askPrivacy(ctx, referrer).then((answer) => (answer === 'agree' ? undefined : privacyRefusal(answer)))
}

/** First of the layers: "the privacy pre-check decorator runs before everything else for gated APIs" ([BASELIB-RE], research.md §3, §6.3). */
export const privacyGate: Gate = (ctx, def, options) => {
  const types = privacyTypesOfCall(def.name, options)
  if (types.length === 0) return undefined
  // wx.authorize names its scope in the options, as privacyTypesOfCall reads it.
  const asked = def.name === 'authorize' ? (options as { scope?: unknown }).scope : scopeOf(ctx, def, options)
  return checkPrivacy(ctx, types, def.name, isScope(asked) ? asked : undefined)
}
