import { rootCore, stateOf, type ApiContext, type RuntimeCore } from '../core.ts'
import { AppServiceSdkKnownError, clientErrMsg } from '../errors/app-service-error.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { errMsgOf, type Outcome } from '../errors/wx-error.ts'
import { callee } from '../trace/format.ts'
import { tracedArgs, UNSET_TIME, type CallHandle } from '../trace/trace.ts'
import { GESTURE_SOURCES } from '../user/gestures.ts'
import type { AsyncApi, MethodDef, SyncApi } from './define-api.ts'
import { reportAppError } from './deliver.ts'
import { surfaceError } from './surface-error.ts'
import { GATES } from './gates.ts'
import { offerTwin } from './observed-promise.ts'
import { overrideFor } from './overrides.ts'
import { OPTION_TYPES } from './option-types.generated.ts'
import { readOptions } from './options.ts'
import { checkParams } from './params.ts'

type Callback = (res: unknown) => void
interface Callbacks {
  success?: Callback
  fail?: Callback
  complete?: Callback
}

/**
 * Per runtime: the last call id (ids count per runtime, so two identical runs leave identical traces), and `count`,
 * the asynchronous calls whose result is not delivered yet (rt.settle() waits for callback chains with it). One state
 * entry, not two (issue 14: with ≤ 4 entries the state Map's table is 136 B, not 264 B; and one object less).
 */
const callsOf = (core: RuntimeCore): { ids: number; count: number } => stateOf(core, 'facade.calls', newCalls)
const newCalls = () => ({ ids: 0, count: 0 })

function nextCallId(core: RuntimeCore): number {
  return ++callsOf(core).ids
}

/** Asynchronous calls whose result is not delivered yet, per runtime (`count`). */
export const pendingCalls = (core: RuntimeCore): { count: number } => callsOf(core)

/**
 * The context of one call: the core's fields, the name the call goes by (its errMsg prefix) and the tap state now.
 * Not `Object.create(core)`: that made every runtime's core a prototype, which cost V8 a prototype map per runtime
 * and kept the core into the old generation (issue 14); not `{ ...core }` either (a slow generic copy). A class
 * that lists the fields: one small object per call (privacy/privacy-checkbox.ts keys a call's state by it), and
 * `implements ApiContext` makes tsc name a field a new RuntimeCore member needs here.
 */
class CallContext implements ApiContext {
  readonly config: RuntimeCore['config']
  readonly trace: RuntimeCore['trace']
  readonly clock: RuntimeCore['clock']
  readonly auth: RuntimeCore['auth']
  readonly user: RuntimeCore['user']
  readonly device: RuntimeCore['device']
  readonly gesture: RuntimeCore['gesture']
  readonly events: RuntimeCore['events']
  readonly dialogs: RuntimeCore['dialogs']
  readonly state: RuntimeCore['state']
  readonly root: RuntimeCore
  readonly api: string
  readonly tapped: boolean
  constructor(core: RuntimeCore, api: string) {
    this.config = core.config
    this.trace = core.trace
    this.clock = core.clock
    this.auth = core.auth
    this.user = core.user
    this.device = core.device
    this.gesture = core.gesture
    this.events = core.events
    this.dialogs = core.dialogs
    this.state = core.state
    this.root = rootCore(core)
    this.api = api
    this.tapped = core.gesture.active
  }
}

export function contextFor(core: RuntimeCore, api: string): ApiContext {
  return new CallContext(core, api)
}

/**
 * One asynchronous wx call, as the client makes it:
 *  - `success` or `fail`, then `complete`; a Promise only when none of the three is given
 *    (and the API has a Promise form, from base library 2.10.2); otherwise undefined ([API-PROMISE], research.md §1.6);
 *  - results always arrive asynchronously (microtask), never synchronously and never via timers;
 *  - an exception in a callback does not reach the caller and `complete` still runs (research.md §6);
 *  - callbacks of a call made during a tap run inside the tap, Promise continuations do not;
 *  - a task API (`def.task`) returns its task at once and has no Promise form.
 * A misuse of fake-wx (e.g. an unanswered prompt) rejects the Promise with that Error, or is thrown
 * as an uncaught exception for a callback-style call.
 */
export function invokeAsync(core: RuntimeCore, def: AsyncApi, given: unknown): unknown {
  const options = readOptions(given, def.params, def.name) // a throwing getter throws here, before the call is made
  const id = nextCallId(core)
  const ctx = contextFor(core, def.name)
  const traced = core.trace.recordCall(id, def.name, tracedArgs(options))
  const cbs = callbacksOf(options)
  const task = def.task?.(ctx, (options ?? {}) as never)
  let outcome: Promise<Outcome>
  try {
    outcome = Promise.resolve(runGatesAndBody(ctx, def, options, task))
  } catch (error) {
    outcome = Promise.reject(error as Error)
  }

  const pending = pendingCalls(core)
  pending.count++

  if (!namesCallback(options) && def.promise !== false && !def.task && core.config.features.promise) {
    let settled: { ok: boolean; value: unknown } | undefined
    const promise = outcome.then(
      (o) => {
        const result = finish(pending, ctx, id, o, traced)
        settled = { ok: o.ok, value: result }
        if (o.ok) return result
        throw result
      },
      (error: unknown) => {
        pending.count--
        settled = { ok: false, value: error }
        throw error
      },
    )
    // The spy's twin: told how `promise` settled in the same turn, without handling it (observed-promise.ts).
    offerTwin(promise, (onOk, onError) => {
      const tell = () => (settled!.ok ? onOk(settled!.value) : onError(settled!.value))
      return outcome.then(tell, tell)
    })
    return promise
  }
  outcome.then(
    (o) => {
      const result = finish(pending, ctx, id, o, traced)
      if (!cbs) return // no Promise form and no callbacks: the result is lost, as on the client
      if (ctx.tapped || GESTURE_SOURCES.has(def.name)) core.gesture.within(() => deliver(core, def.name, cbs, o.ok, result))
      else deliver(core, def.name, cbs, o.ok, result)
    },
    (error: unknown) => {
      pending.count--
      surfaceError(core, error)
    },
  )
  return task
}

/** A call's result: made from its outcome, traced, no longer pending. */
function finish(pending: { count: number }, ctx: ApiContext, id: number, o: Outcome, traced: CallHandle): object {
  pending.count--
  const result = resultOf(ctx, o)
  ctx.trace.recordResult(traced, id, ctx.api, o.ok, result)
  return result
}

/**
 * Runs the gates, then the body. Stays synchronous while every step is (most calls on a granted
 * scope are), and only goes async at the first step that returns a Promise; delivery is async either way.
 */
function runGatesAndBody(ctx: ApiContext, def: AsyncApi, options: unknown, task: unknown): Outcome | Promise<Outcome> {
  return gatesFrom(0, ctx, def, (options ?? {}) as object, task)
}

/** The gates from the i-th on, then the body (module-level, not a closure per call: issue 14). */
function gatesFrom(i: number, ctx: ApiContext, def: AsyncApi, opts: object, task: unknown): Outcome | Promise<Outcome> {
  for (; i < GATES.length; i++) {
    const stop = GATES[i]!(ctx, def, opts)
    if (stop instanceof Promise) {
      const next = i + 1
      return stop.then((s) => s ?? gatesFrom(next, ctx, def, opts, task))
    }
    if (stop) return stop
  }
  const run = (overrideFor(ctx, 'async') ?? def.run) as AsyncApi['run']
  const outcome = run(ctx, opts as never, task)
  return outcome instanceof Promise ? outcome.then((o) => checked(def, o)) : checked(def, outcome)
}

function checked(def: AsyncApi, outcome: Outcome): Outcome {
  if (!outcome || typeof outcome !== 'object' || typeof outcome.ok !== 'boolean') {
    throw new FakeWxError(`wx.${def.name} produced no outcome (a fake-wx bug: its definition must return ok(...) or failure(...)).`)
  }
  return outcome
}

function resultOf(ctx: ApiContext, o: Outcome): object {
  if (o.ok) return { errMsg: okMessage(ctx.api), ...o.data }
  const withErrno = o.errno !== undefined && ctx.config.dialect.includeErrno
  return { errMsg: errMsgOf(ctx.api, o.reason), ...(withErrno ? { errno: o.errno } : {}), ...o.extra }
}

/**
 * `${api}:ok`, made once per API: the concatenation made per call was a 32 B string kept by every result (issue 14).
 * A bounded set of keys (API and method names).
 */
const okMessages = new Map<string, string>()
function okMessage(api: string): string {
  let message = okMessages.get(api)
  if (message === undefined) okMessages.set(api, (message = `${api}:ok`))
  return message
}

function callbacksOf(options: unknown): Callbacks | undefined {
  if (typeof options !== 'object' || options === null) return undefined
  const { success, fail, complete } = options as Record<string, unknown>
  if (typeof success !== 'function' && typeof fail !== 'function' && typeof complete !== 'function') return undefined
  const cbs: Callbacks = {}
  if (typeof success === 'function') cbs.success = success as Callback
  if (typeof fail === 'function') cbs.fail = fail as Callback
  if (typeof complete === 'function') cbs.complete = complete as Callback
  return cbs
}

/**
 * The base library's promisify decorator returns a Promise only when none of success/fail/complete is
 * set — a truthy non-function counts as set (research.md §1.6 [API-PROMISE]; conformance suite note).
 */
function namesCallback(options: unknown): boolean {
  if (typeof options !== 'object' || options === null) return false
  const o = options as Record<string, unknown>
  return !!(o.success || o.fail || o.complete)
}

function deliver(core: RuntimeCore, api: string, cbs: Callbacks, ok: boolean, result: unknown): void {
  deliverOne(core, api, ok ? 'success' : 'fail', ok ? cbs.success : cbs.fail, result)
  deliverOne(core, api, 'complete', cbs.complete, result)
}

/**
 * One callback, run as app code. The client's own report of a callback exception names the callback: `at api ${name}
 * ${cbName} callback function`, e.g. "at api getLocation success callback function" (research.md §1.6 [BASELIB-RE], M).
 * Those texts are built only when the callback throws (two strings per callback were a tenth of a delivery: issue 14).
 */
function deliverOne(core: RuntimeCore, api: string, which: 'success' | 'fail' | 'complete', cb: Callback | undefined, result: unknown): void {
  if (!cb) return
  try {
    cb(result)
  } catch (error) {
    reportAppError(core, `${callee(api)} ${which} callback`, error, `api ${api} ${which} callback function`)
  }
}

/**
 * A synchronous API: traced, then run as is. What the client throws on failure (a Sync form's
 * AppServiceSdkKnownError) is traced as the call's fail result before it reaches the app.
 */
export function invokeSync(core: RuntimeCore, def: SyncApi, args: unknown[]): unknown {
  const id = nextCallId(core)
  core.trace.record({ type: 'call', id, api: def.name, args: args.length <= 1 ? args[0] : args, seq: 0, time: UNSET_TIME })
  const ctx = contextFor(core, def.name)
  const run = (overrideFor(ctx, 'sync') ?? def.run) as unknown as (ctx: ApiContext, ...a: unknown[]) => unknown
  try {
    syncOptionsCheck(def.name, args[0])
    return run(ctx, ...args)
  } catch (error) {
    const errMsg = clientErrMsg(error)
    if (errMsg !== undefined) core.trace.record({ type: 'result', id, api: def.name, ok: false, result: { errMsg } })
    throw error
  }
}

/**
 * A sync API or factory whose first parameter is an options object (createVKSession(config), createInnerAudioContext(
 * options) …; OPTION_TYPES from the typings): a value of the wrong type fails as a Sync form fails, with the thrown
 * AppServiceSdkKnownError carrying the parameter error the asynchronous APIs report (research.md §2.4). The client's
 * exact behaviour here is not documented; this is the Sync forms' documented channel with the documented text.
 */
function syncOptionsCheck(api: string, first: unknown): void {
  if (first === undefined || !Object.hasOwn(OPTION_TYPES, api)) return
  const bad = checkParams(undefined, first, api)
  if (bad && !bad.ok) throw new AppServiceSdkKnownError(errMsgOf(api, bad.reason))
}

/** Records a call that is not a wx API call (a method of a returned object, a component) and returns its id. */
export function traceCall(core: RuntimeCore, api: string, args: unknown): number {
  const id = nextCallId(core)
  core.trace.record({ type: 'call', id, api, args, seq: 0, time: UNSET_TIME })
  return id
}

/**
 * A method of an object a wx API returned (`CameraContext.takePhoto`, `BLEPeripheralServer.addService`):
 * parameters checked as for wx APIs, the result delivered as for wx APIs with the client's errMsg prefix
 * (`operateCamera:ok`), callbacks only — these methods have no Promise form ("以 Promise 风格调用：不支持").
 */
export function invokeMethod(core: RuntimeCore, def: MethodDef, given: unknown): undefined {
  const options = readOptions(given, def.params, def.name)
  const id = traceCall(core, def.name, options)
  const ctx = contextFor(core, def.errMsgApi)
  const outcome = new Promise<Outcome>((resolve) => resolve(checkParams(def.params, options, def.name) ?? def.run(ctx, (options ?? {}) as never)))
  const pending = pendingCalls(core)
  pending.count++
  outcome.then(
    (o) => {
      pending.count--
      const result = resultOf(ctx, o)
      core.trace.record({ type: 'result', id, api: def.name, ok: o.ok, result, seq: 0, time: UNSET_TIME })
      const cbs = callbacksOf(options)
      if (!cbs) return
      const run = () => deliver(core, def.name, cbs, o.ok, result)
      if (ctx.tapped) core.gesture.within(run)
      else run()
    },
    (error: unknown) => {
      pending.count--
      surfaceError(core, error)
    },
  )
  return undefined
}
