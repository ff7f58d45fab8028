import { stateOf, type ApiContext, type RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import type { Outcome } from '../errors/wx-error.ts'
import type { ApiName, OptionsOf, PayloadOf } from './define-api.ts'

type Wx = WechatMiniprogram.Wx
type ArgsOf<N extends ApiName> = Wx[N] extends (...args: infer A) => unknown ? A : never
type ReturnOf<N extends ApiName> = Wx[N] extends (...args: never[]) => infer R ? R : never

/**
 * A test's replacement for the *body* of one API: everything around it stays the client's (parameter
 * check, tap rule, scope gate, callbacks or Promise, async delivery, trace). An asynchronous API's
 * body returns `ok(payload)` or `failure(reason, errno)`; a synchronous one returns its value or throws.
 */
export type OverrideOf<N extends ApiName> = IsAsync<N> extends true
  ? (options: OptionsOf<N>) => Outcome<PayloadOf<N>> | Promise<Outcome<PayloadOf<N>>>
  : (...args: ArgsOf<N>) => ReturnOf<N>

/**
 * From the typings: an API is asynchronous when its option object has `success` (getLocation, request); the others
 * return their value (getStorageSync, getDeviceInfo, createIntersectionObserver, onX/offX).
 */
type IsAsync<N extends ApiName> = [OptionsOf<N>] extends [never]
  ? false
  : string extends keyof OptionsOf<N>
    ? false
    : 'success' extends keyof OptionsOf<N>
      ? true
      : false

export type Overrides = { [N in ApiName]?: OverrideOf<N> }

type AnyBody = (...args: unknown[]) => unknown

const OVERRIDES = 'facade.overrides'
const newOverrides = () => new Map<string, AnyBody>()
const overridesOf = (core: RuntimeCore) => stateOf(core, OVERRIDES, newOverrides)
/** Looks up without making the Map (issue 14: every call asked, so every runtime kept an empty Map, ~0.2 KB). */
const overridesIfAny = (core: RuntimeCore) => core.state.get(OVERRIDES) as Map<string, AnyBody> | undefined

/** `rt.use({ getLocation: () => ok({...}) })`: replaces bodies until `rt.restore()`. */
export function useOverrides(core: RuntimeCore, known: ReadonlySet<string>, overrides: Overrides): void {
  if (typeof overrides !== 'object' || overrides === null) {
    throw new FakeWxError(`rt.use needs an object of API name → body, got ${String(overrides)}.`, `e.g. rt.use({ getLocation: () => ok({ latitude: 1, longitude: 2 }) })`)
  }
  for (const [api, body] of Object.entries(overrides)) {
    if (!known.has(api)) {
      throw new FakeWxError(
        `rt.override: wx.${api} is not an API of the official typings (miniprogram-api-typings), so there is no body to replace.`,
        `Check the name, or mock it on your own object instead.`,
      )
    }
    if (typeof body !== 'function') throw new FakeWxError(`rt.override('${api}', …) needs a function, got ${typeof body}.`)
    overridesOf(core).set(api, body as AnyBody)
    core.trace.record({ type: 'note', text: `wx.${api}: body overridden by the test` })
  }
}

/** Whether the test scripted this API's body (an unsimulated API then stays silent). */
export const hasOverride = (core: RuntimeCore, api: string): boolean => overridesIfAny(core)?.has(api) ?? false

/** `rt.restore()` / `rt.restore('getLocation')`. */
export function restoreOverrides(core: RuntimeCore, api?: string): void {
  const map = overridesIfAny(core)
  if (!map) return
  for (const name of api === undefined ? [...map.keys()] : [api]) {
    if (map.delete(name)) core.trace.record({ type: 'note', text: `wx.${name}: body restored` })
  }
}

/**
 * The body to run for this call: the test's override, wrapped so its result is checked, or undefined.
 * Overrides see what the app passed, never the runtime's internals.
 */
export function overrideFor(ctx: ApiContext, kind: 'async' | 'sync'): ((ctx: ApiContext, ...args: unknown[]) => unknown) | undefined {
  const body = overridesIfAny(ctx)?.get(ctx.api)
  if (!body) return undefined
  if (kind === 'sync') return (_ctx, ...args) => body(...args)
  return async (_ctx, options) => {
    const outcome = (await body(options)) as Outcome | undefined
    if (!outcome || typeof outcome !== 'object' || typeof (outcome as { ok?: unknown }).ok !== 'boolean') {
      throw new FakeWxError(
        `The override of wx.${ctx.api} returned ${JSON.stringify(outcome)}.`,
        `Return ok({ ...payload }) for success or failure('reason', errno) for a fail result (both exported by 'fake-wx').`,
      )
    }
    return outcome
  }
}
