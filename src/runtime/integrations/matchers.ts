import type { AuthState } from '../auth/auth-store.ts'
import { isScope, type Scope } from '../auth/scope-table.ts'
import { runtimeOfWx, type Runtime } from '../create-runtime.ts'
import type { TraceEntry } from '../trace/trace-events.ts'
import { json } from '../trace/format.ts'
import { timelineTail } from '../trace/timeline.ts'

/**
 * fake-wx's assertions, written against the runner-neutral part of a matcher's `this` (what vitest, jest and
 * expect-compatible runners all pass), so this file needs no test runner. They read the trace (what the
 * app did and what the client answered), never spy internals. Every failure message ends with the timeline.
 */
export interface MatcherContext {
  readonly isNot: boolean
  equals(a: unknown, b: unknown): boolean
  readonly utils: { printExpected(v: unknown): string; printReceived(v: unknown): string }
}

export interface MatcherResult {
  pass: boolean
  message: () => string
}

type Entry<T extends TraceEntry['type']> = Extract<TraceEntry, { type: T }>

function runtimeOf(received: unknown, matcher: string): Runtime {
  const rt = runtimeOfWx(received) ?? (isRuntime(received) ? received : undefined)
  if (!rt) throw new TypeError(`[fake-wx] expect(…).${matcher}() needs a fake-wx runtime (rt) or its wx, got ${typeof received}.`)
  return rt
}

function isRuntime(value: unknown): value is Runtime {
  return typeof value === 'object' && value !== null && 'trace' in value && 'timeline' in value && 'wx' in value
}

const entries = <T extends TraceEntry['type']>(rt: Runtime, type: T): Entry<T>[] =>
  rt.trace.filter((e): e is Entry<T> => e.type === type && !('history' in e && e.history))

function report(ctx: MatcherContext, rt: Runtime, pass: boolean, what: string, detail = ''): MatcherResult {
  return {
    pass,
    message: () => `expected the app ${ctx.isNot ? 'not ' : ''}${what}${detail ? `\n${detail}` : ''}\n\nTimeline:\n${timelineTail(rt.timeline()) || '(empty)'}`,
  }
}

/** A subset match: every key of `partial` equals the same key of `actual` (asymmetric matchers allowed). */
function matchesPartial(ctx: MatcherContext, actual: unknown, partial: object): boolean {
  if (typeof actual !== 'object' || actual === null) return false
  return Object.entries(partial).every(([k, v]) => ctx.equals((actual as Record<string, unknown>)[k], v))
}

/**
 * Denial wording differs by platform and version (research.md §2.1): 'auth deny', 'auth denied',
 * ':fail:auth denied', '系统错误,错误码:-12006,auth deny'. Any of them matches any other.
 */
const AUTH_DENY = /auth den(y|ied)/

function reasonOf(api: string, errMsg: string): string {
  const prefix = `${api}:fail`
  return errMsg.startsWith(prefix) ? errMsg.slice(prefix.length).replace(/^[: ]/, '') : errMsg
}

function failureMatches(api: string, result: { errMsg?: unknown; errno?: unknown }, expected: string | number): boolean {
  if (typeof expected === 'number') return result.errno === expected
  const errMsg = typeof result.errMsg === 'string' ? result.errMsg : ''
  const reason = reasonOf(api, errMsg)
  const want = reasonOf(api, expected)
  if (AUTH_DENY.test(want) && AUTH_DENY.test(reason)) return true
  return reason === want || reason.includes(want)
}

export const fakeWxMatchers = {
  /** `toHavePrompted('scope.userLocation')`, `toHavePrompted('modal')`, `toHavePrompted('authorize', 'scope.camera')`. */
  toHavePrompted(this: MatcherContext, received: unknown, kindOrScope: string, scope?: Scope): MatcherResult {
    const rt = runtimeOf(received, 'toHavePrompted')
    const [kind, wantScope] = isScope(kindOrScope) ? ['authorize', kindOrScope] : [kindOrScope, scope]
    const prompts = entries(rt, 'prompt')
    const pass = prompts.some((p) => p.kind === kind && (wantScope === undefined || p.scope === wantScope))
    const shown = prompts.map((p) => `${p.kind}${p.scope ? ` ${p.scope}` : ''}`)
    return report(this, rt, pass, `to have shown a ${kind} prompt${wantScope ? ` for ${wantScope}` : ''}`, `Prompts shown: ${shown.length ? shown.join(', ') : 'none'}`)
  },

  /** `toHaveScope('scope.camera', 'denied')`: the scope's state in the authorization store now. */
  toHaveScope(this: MatcherContext, received: unknown, scope: Scope, state: AuthState): MatcherResult {
    const rt = runtimeOf(received, 'toHaveScope')
    const actual = rt.auth.get(scope)
    return report(this, rt, actual === state, `to have ${scope} ${this.utils.printExpected(state)}`, `It is ${this.utils.printReceived(actual)}.`)
  },

  /** `toHaveCalledWx('openSetting')`, `toHaveCalledWx('getLocation', { type: 'gcj02' })`. */
  toHaveCalledWx(this: MatcherContext, received: unknown, api: string, partialOptions?: object): MatcherResult {
    const rt = runtimeOf(received, 'toHaveCalledWx')
    const calls = entries(rt, 'call').filter((c) => c.api === api)
    const pass = partialOptions === undefined ? calls.length > 0 : calls.some((c) => matchesPartial(this, c.args, partialOptions))
    const what = `to have called wx.${api}${partialOptions === undefined ? '' : ` with ${this.utils.printExpected(partialOptions)}`}`
    const detail = calls.length ? `Calls of wx.${api}:\n${calls.map((c, i) => `  ${i + 1}: ${json(c.args)}`).join('\n')}` : `wx.${api} was not called.`
    return report(this, rt, pass, what, detail)
  },

  /** `toHaveCalledWxTimes('getLocation', 2)`. */
  toHaveCalledWxTimes(this: MatcherContext, received: unknown, api: string, times: number): MatcherResult {
    const rt = runtimeOf(received, 'toHaveCalledWxTimes')
    const count = entries(rt, 'call').filter((c) => c.api === api).length
    return report(this, rt, count === times, `to have called wx.${api} ${times} time(s)`, `It was called ${count} time(s).`)
  },

  /**
   * `toHaveFailedWith('getLocation', 'auth deny')` (any platform's wording of a refusal),
   * `toHaveFailedWith('request', 600002)` (errno), `toHaveFailedWith('getStorage', 'getStorage:fail data not found')`.
   */
  toHaveFailedWith(this: MatcherContext, received: unknown, api: string, reasonOrErrno: string | number): MatcherResult {
    const rt = runtimeOf(received, 'toHaveFailedWith')
    const fails = entries(rt, 'result').filter((r) => r.api === api && !r.ok)
    const results = fails.map((r) => (r.result ?? {}) as { errMsg?: unknown; errno?: unknown })
    const pass = results.some((r) => failureMatches(api, r, reasonOrErrno))
    const detail = results.length
      ? `Failures of wx.${api}:\n${results.map((r) => `  ${String(r.errMsg)}${r.errno !== undefined ? ` (errno ${String(r.errno)})` : ''}`).join('\n')}`
      : `wx.${api} never failed.`
    return report(this, rt, pass, `to have seen wx.${api} fail with ${this.utils.printExpected(reasonOrErrno)}`, detail)
  },
}
