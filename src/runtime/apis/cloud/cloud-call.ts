// How a wx.cloud method is called: like a wx API (success/fail/complete, or a Promise when none is given;
// results always asynchronous; traced), but its failures are Error objects, as the cloud SDK's are:
// `{ errCode, errMsg }` on an Error whose message is errMsg — apps log "Error: cloud.callFunction:fail Error:
// errCode: -501000  | errMsg: FunctionName parameter could not be found. (callId: …) (trace: …)" (buhuia/xixili#1,
// hzm0321/taro-cloud-print#1; H) and read `err.errCode` (public app code; M).
import type { RuntimeCore } from '../../core.ts'
import { callAppCode, throwLater } from '../../facade/deliver.ts'
import { contextFor, pendingCalls, traceCall } from '../../facade/invoke.ts'
import { checkParams, type ParamSchema } from '../../facade/params.ts'
import { cloudStateOf } from './cloud-state.ts'

/** A cloud SDK failure: an Error with `errCode` and `errMsg`. */
export interface CloudError extends Error {
  readonly errCode: number
  readonly errMsg: string
}

export function cloudError(errCode: number, errMsg: string, message = errMsg): CloudError {
  return Object.assign(new Error(message), { errCode, errMsg })
}

/**
 * The SDK's own error before the call reaches the cloud: message `errCode: <code> <text> | errMsg: <msg>` (the
 * CloudSDKError class of the cloud SDKs, whose ERR_CODE text is empty for -1: hence two spaces; H, public SDK code).
 */
export function sdkError(errCode: number, errMsg: string): CloudError {
  return cloudError(errCode, errMsg, `errCode: ${errCode}  | errMsg: ${errMsg}`)
}

/**
 * Calling a cloud API before wx.cloud.init: errCode -1, "Cloud API isn't enabled, please call wx.cloud.init first"
 * and the Chinese hint on the next line (guren-cloud/v-request#6 2019, NervJS/taro#14065 2023, Spade-sec/First#2
 * 2026; H).
 */
export const NOT_INITIALISED = "Cloud API isn't enabled, please call wx.cloud.init first\n请先调用 wx.cloud.init() 完成初始化后再调用其他云 API。"

export type CloudOutcome = { readonly ok: true; readonly data: object } | { readonly ok: false; readonly error: CloudError }

export interface CloudMethod<O extends object> {
  /** 'callFunction': the trace names it `cloud.callFunction`, errMsg starts `cloud.callFunction:`. */
  readonly name: string
  readonly params?: ParamSchema
  run(core: RuntimeCore, options: O, env: string): CloudOutcome | Promise<CloudOutcome>
}

type Callback = (res: unknown) => void

/** Calls `method` as the client does; returns a Promise when no callback is given, otherwise undefined. */
export function invokeCloud<O extends object>(core: RuntimeCore, method: CloudMethod<O>, options: unknown): Promise<unknown> | undefined {
  const api = `cloud.${method.name}`
  const id = traceCall(core, api, options)
  const ctx = contextFor(core, api)
  const outcome = new Promise<CloudOutcome>((resolve) => resolve(runMethod(core, method, api, options)))
  const pending = pendingCalls(core)
  pending.count++
  const settled = outcome.then(
    (o) => {
      pending.count--
      const result = o.ok ? { ...o.data, errMsg: `${api}:ok` } : o.error
      core.trace.record({ type: 'result', id, api, ok: o.ok, result: o.ok ? result : { errCode: o.error.errCode, errMsg: o.error.errMsg } })
      return { ok: o.ok, result }
    },
    (error: unknown) => {
      pending.count--
      throw error
    },
  )
  const o = (options ?? {}) as Record<string, unknown>
  if (!(o.success || o.fail || o.complete)) {
    return settled.then(({ ok, result }) => {
      if (ok) return result
      throw result
    })
  }
  settled.then(({ ok, result }) => {
    const deliver = () => {
      const cb = (ok ? o.success : o.fail) as Callback | undefined
      if (typeof cb === 'function') callAppCode(core, `${api} ${ok ? 'success' : 'fail'} callback`, cb, result)
      if (typeof o.complete === 'function') callAppCode(core, `${api} complete callback`, o.complete as Callback, result)
    }
    if (ctx.tapped) core.gesture.within(deliver)
    else deliver()
  }, throwLater)
  return undefined
}

function runMethod<O extends object>(core: RuntimeCore, method: CloudMethod<O>, api: string, options: unknown): CloudOutcome | Promise<CloudOutcome> {
  const { env } = cloudStateOf(core)
  if (env === undefined) return { ok: false, error: sdkError(-1, NOT_INITIALISED) }
  const bad = checkParams(method.params, options)
  // The SDK's parameter check (L: the client's wording for wx.cloud is not known; the wx API form is used).
  if (bad && !bad.ok) return { ok: false, error: sdkError(-1, `${api}:fail ${bad.reason}`) }
  const config = (options as { config?: { env?: unknown } } | undefined)?.config
  return method.run(core, (options ?? {}) as O, typeof config?.env === 'string' ? config.env : env)
}
