import { stateOf, type ApiContext, type RuntimeCore } from '../core.ts'
import { clientErrMsg } from '../errors/app-service-error.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { errMsgOf, type Outcome } from '../errors/wx-error.ts'
import { GESTURE_SOURCES } from '../user/gestures.ts'
import type { AsyncApi, SyncApi } from './define-api.ts'
import { throwLater } from './deliver.ts'
import { GATES } from './gates.ts'
import { overrideFor } from './overrides.ts'

type Callback = (res: unknown) => void
interface Callbacks {
  success?: Callback
  fail?: Callback
  complete?: Callback
}

/** Call ids count per runtime, so one test's trace never depends on what ran before it. */
function nextCallId(core: RuntimeCore): number {
  return stateOf(core, 'facade.calls', () => ({ next: 1 })).next++
}

function contextFor(core: RuntimeCore, api: string): ApiContext {
  return Object.assign(Object.create(core) as RuntimeCore, { api, tapped: core.gesture.active })
}

/**
 * One asynchronous wx call, as the client makes it:
 *  - `success` or `fail`, then `complete`; a Promise only when none of the three is given
 *    (and the API has a Promise form); otherwise undefined ([API-PROMISE], research.md §3);
 *  - results always arrive asynchronously (microtask), never synchronously and never via timers;
 *  - an exception in a callback does not reach the caller and `complete` still runs (research.md §6);
 *  - callbacks of a call made during a tap run inside the tap, Promise continuations do not;
 *  - a task API (`def.task`) returns its task at once and has no Promise form.
 * A misuse of fake-wx (e.g. an unanswered prompt) rejects the Promise with that Error, or is thrown
 * as an uncaught exception for a callback-style call.
 */
export function invokeAsync(core: RuntimeCore, def: AsyncApi, options: unknown): unknown {
  const id = nextCallId(core)
  const ctx = contextFor(core, def.name)
  core.trace.record({ type: 'call', id, api: def.name, args: options })
  const cbs = callbacksOf(options)
  const task = def.task?.(ctx, (options ?? {}) as never)
  const outcome = runGatesAndBody(ctx, def, options, task)

  const finish = (o: Outcome): unknown => {
    const result = resultOf(ctx, o)
    core.trace.record({ type: 'result', id, api: def.name, ok: o.ok, result })
    return result
  }

  if (!cbs && def.promise !== false && !def.task) {
    return outcome.then((o) => {
      const result = finish(o)
      if (o.ok) return result
      throw result
    })
  }
  outcome.then(
    (o) => {
      const result = finish(o)
      if (!cbs) return // no Promise form and no callbacks: the result is lost, as on the client
      const run = () => deliver(core, def.name, cbs, o.ok, result)
      if (ctx.tapped || GESTURE_SOURCES.has(def.name)) core.gesture.within(run)
      else run()
    },
    (error: unknown) => throwLater(error),
  )
  return task
}

async function runGatesAndBody(ctx: ApiContext, def: AsyncApi, options: unknown, task: unknown): Promise<Outcome> {
  const opts = (options ?? {}) as object
  for (const gate of GATES) {
    const stop = await gate(ctx, def, opts)
    if (stop) return stop
  }
  const run = (overrideFor(ctx, 'async') ?? def.run) as AsyncApi['run']
  const outcome = await run(ctx, opts as never, task)
  if (!outcome || typeof outcome !== 'object' || typeof outcome.ok !== 'boolean') {
    throw new FakeWxError(`wx.${def.name} produced no outcome (a fake-wx bug: its definition must return ok(...) or failure(...)).`)
  }
  return outcome
}

function resultOf(ctx: ApiContext, o: Outcome): object {
  if (o.ok) return { errMsg: `${ctx.api}:ok`, ...o.data }
  const withErrno = o.errno !== undefined && ctx.config.dialect.includeErrno
  return { errMsg: errMsgOf(ctx.api, o.reason), ...(withErrno ? { errno: o.errno } : {}), ...o.extra }
}

function callbacksOf(options: unknown): Callbacks | undefined {
  if (typeof options !== 'object' || options === null) return undefined
  const { success, fail, complete } = options as Record<string, unknown>
  const cbs: Callbacks = {}
  if (typeof success === 'function') cbs.success = success as Callback
  if (typeof fail === 'function') cbs.fail = fail as Callback
  if (typeof complete === 'function') cbs.complete = complete as Callback
  return cbs.success || cbs.fail || cbs.complete ? cbs : undefined
}

function deliver(core: RuntimeCore, api: string, cbs: Callbacks, ok: boolean, result: unknown): void {
  const errors: unknown[] = []
  const call = (which: 'success' | 'fail' | 'complete') => {
    const cb = cbs[which]
    if (!cb) return
    try {
      cb(result)
    } catch (error) {
      core.trace.record({ type: 'note', text: `exception in wx.${api} ${which} callback: ${String(error)}` })
      errors.push(error)
    }
  }
  call(ok ? 'success' : 'fail')
  call('complete')
  for (const error of errors) {
    if (core.config.callbackErrors === 'uncaught') throwLater(error)
    // The client's own report of a callback exception (research.md §6).
    else console.error(`thirdScriptError\n${String(error)};at api ${api} callback function`)
  }
}

/**
 * A synchronous API: traced, then run as is. What the client throws on failure (a Sync form's
 * AppServiceSdkKnownError) is traced as the call's fail result before it reaches the app.
 */
export function invokeSync(core: RuntimeCore, def: SyncApi, args: unknown[]): unknown {
  const id = nextCallId(core)
  core.trace.record({ type: 'call', id, api: def.name, args: args.length <= 1 ? args[0] : args })
  const ctx = contextFor(core, def.name)
  const run = (overrideFor(ctx, 'sync') ?? def.run) as unknown as (ctx: ApiContext, ...a: unknown[]) => unknown
  try {
    return run(ctx, ...args)
  } catch (error) {
    const errMsg = clientErrMsg(error)
    if (errMsg !== undefined) core.trace.record({ type: 'result', id, api: def.name, ok: false, result: { errMsg } })
    throw error
  }
}

