import type { ApiContext, RuntimeCore } from '../core.ts'
import type { Scope } from '../auth/scope-table.ts'
import type { Outcome } from '../errors/wx-error.ts'
import type { ParamSchema } from './params.ts'

type Wx = WechatMiniprogram.Wx
export type ApiName = keyof Wx & string

type FirstParam<F> = F extends (...args: infer A) => unknown ? A[0] : never
type ArgsOf<N extends ApiName> = Wx[N] extends (...args: infer A) => unknown ? A : never
type ReturnOf<N extends ApiName> = Wx[N] extends (...args: never[]) => infer R ? R : never
/** The option object of `wx[N]`, from miniprogram-api-typings. */
export type OptionsOf<N extends ApiName> = NonNullable<FirstParam<Wx[N]>>
type SuccessCallbackOf<N extends ApiName> = OptionsOf<N> extends { success?: infer S } ? NonNullable<S> : never
/** What `success` receives for `wx[N]`, from miniprogram-api-typings. */
export type SuccessOf<N extends ApiName> = SuccessCallbackOf<N> extends (res: infer R) => void ? R : never
/** The success result without errMsg: what an API body produces (the facade adds `errMsg: '<api>:ok'`). */
export type PayloadOf<N extends ApiName> = Omit<SuccessOf<N>, 'errMsg'>

/**
 * An asynchronous API: options with success/fail/complete, or a Promise when none is given.
 * The facade does the rest: parameter check, tap rule, scope gate, delivery, trace.
 */
export interface AsyncApi<N extends ApiName = ApiName, H = unknown> {
  readonly kind: 'async'
  readonly name: N
  /** Parameter table (params.ts). */
  readonly params?: ParamSchema
  /** The scope this API needs before it runs; a function when it depends on options or settings. */
  readonly scope?: Scope | ((ctx: ApiContext, options: OptionsOf<N>) => Scope | undefined)
  /** Whether the Promise form exists (it does for most, from base library 2.10.2). Default true. */
  readonly promise?: boolean
  /**
   * APIs that return a task (wx.request → RequestTask, wx.downloadFile → DownloadTask …): builds it when the
   * call is made; the call returns it at once (there is no Promise form) and `run` gets it as its third argument.
   */
  readonly task?: (ctx: ApiContext, options: OptionsOf<N>) => H
  /** The body, run after every gate passed. */
  run(ctx: ApiContext, options: OptionsOf<N>, task: H): Outcome<PayloadOf<N>> | Promise<Outcome<PayloadOf<N>>>
}

/** A synchronous API (getRecorderManager, onLocationChange, getSystemSetting …): called and returned as is. */
export interface SyncApi<N extends ApiName = ApiName> {
  readonly kind: 'sync'
  readonly name: N
  run(ctx: ApiContext, ...args: ArgsOf<N>): ReturnOf<N>
}

/**
 * A property of `wx` that is not a function (`wx.env`, `wx.cloud`): made once per runtime, the first time it is read,
 * then an ordinary own data property of `wx`.
 */
export interface WxProperty<N extends ApiName = ApiName> {
  readonly kind: 'property'
  readonly name: N
  create(core: RuntimeCore): Wx[N]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each API has its own task type
export type ApiDefinition<N extends ApiName = ApiName> = AsyncApi<N, any> | SyncApi<N> | WxProperty<N>

/** Declares an asynchronous wx API. The file that calls it should read like the API's doc page. */
export function defineAsyncApi<N extends ApiName, H = undefined>(def: Omit<AsyncApi<N, H>, 'kind'>): AsyncApi<N, H> {
  return { kind: 'async', ...def }
}

/** Declares a property of wx (`wx.env`, `wx.cloud`). */
export function defineProperty<N extends ApiName>(def: Omit<WxProperty<N>, 'kind'>): WxProperty<N> {
  return { kind: 'property', ...def }
}

/** Declares a synchronous wx API. */
export function defineSyncApi<N extends ApiName>(def: Omit<SyncApi<N>, 'kind'>): SyncApi<N> {
  return { kind: 'sync', ...def }
}

/**
 * A method of an object a wx API returned (CameraContext, BLEPeripheralServer …), run by `invokeMethod`.
 * `name` is how the trace names it; `errMsgApi` the prefix of its errMsg (`operateCamera:ok`).
 */
export interface MethodDef<O extends object = object> {
  readonly name: string
  readonly errMsgApi: string
  readonly params?: ParamSchema
  run(ctx: ApiContext, options: O): Outcome | Promise<Outcome>
}

export function defineMethod<O extends object>(def: MethodDef<O>): MethodDef<O> {
  return def
}

/** The scope a call of `def` needs with these options (the definition's `scope`, resolved), or undefined. */
export function scopeOf(ctx: ApiContext, def: AsyncApi, options: object): Scope | undefined {
  return typeof def.scope === 'function' ? def.scope(ctx, options as never) : def.scope
}
