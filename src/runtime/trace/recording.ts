/**
 * What a runtime keeps for a bug bundle (`rt.bundle()`, src/repro/): the options it was made with and the steps
 * the test drove through it, each at the trace position where it started and ended. The public views record here
 * (runtime-impl.ts, host/page-handle.ts); nothing inside the runtime reads it back.
 *
 * A step is a call on the runtime (`{ on: 'rt', call: 'clock.advance', args: [1000] }`) or on a page handle
 * (`{ on: 'page', route, call: 'tap', args: ['onFindNearest'] }`); replay walks the same path with the same
 * arguments. An element of the WXML tree (issue 10) is recorded with the way the test found it:
 * `{ on: 'element', route, locator: [{ by: 'query', arg: '#find' }], call: 'tap', args: [] }` (recordedFinders).
 */
import type { Trace } from './trace.ts'

/** Calls on the runtime a bundle records, as paths from `rt` (the data replay walks). */
export const RECORDED_RT_CALLS = [
  'open',
  'clock.advance',
  'device.moveTo',
  'device.os.set',
  'device.switches.set',
  'device.network.set',
  'user.changeSettings',
  'user.deleteMiniProgram',
  'auth.set',
  'privacy.tapAgreeButton',
  'storage.set',
] as const
export type RecordedRtCall = (typeof RECORDED_RT_CALLS)[number]

/** Calls on a page handle a bundle records. */
export const RECORDED_PAGE_CALLS = ['tap', 'trigger', 'tapButton', 'pullDownRefresh'] as const
export type RecordedPageCall = (typeof RECORDED_PAGE_CALLS)[number]

/** How a page handle or an element handle finds elements of the WXML tree (issue 10): each a step of a locator. */
export const ELEMENT_FINDERS = ['query', 'queryAll', 'getByText'] as const
/** What the user does to an element (host/element-handle.ts), recorded as an element step. */
export const RECORDED_ELEMENT_CALLS = ['tap', 'input', 'change', 'trigger'] as const

/** One step of finding an element: `query('#find')`, `queryAll('.store')[2]`, `getByText(/门店/)`. */
export interface LocatorStep {
  readonly by: (typeof ELEMENT_FINDERS)[number]
  /** A selector or a text; a RegExp as `{ regexp, flags }`. */
  readonly arg: string | { readonly regexp: string; readonly flags: string }
  /** queryAll: which of the matches. */
  readonly index?: number
}

export type StepTarget =
  | { readonly on: 'rt'; readonly call: RecordedRtCall }
  | { readonly on: 'page'; readonly route: string; readonly call: RecordedPageCall }
  /** An element of a page's WXML tree (issue 10): `page.$(selector).tap()` and the like. */
  | { readonly on: 'element'; readonly route: string; readonly locator: readonly LocatorStep[]; readonly call: string }

export type RecordedStep = StepTarget & {
  readonly args: readonly unknown[]
  /** Trace length when the step started. */
  readonly at: number
  /** Trace length when it was done (sync: at once; async: when its Promise settled); absent while still running. */
  end?: number
  /** How many steps had started when it was done: replay waits for it before starting that step. */
  doneBefore?: number
  /** The message of what it threw or rejected with. */
  error?: string
}

/** Runtime API that runs test code a bundle cannot hold (`rt.tap(fn)`, `rt.override`), noted so replay can say so. */
export interface UnrecordableUse {
  readonly what: string
  readonly at: number
}

export class Recording {
  readonly steps: RecordedStep[] = []
  readonly unrecordable: UnrecordableUse[] = []
  readonly #trace: Trace
  /** Inside a recorded step, nested public calls (a step calling another) are not steps of their own. */
  #depth = 0

  constructor(trace: Trace, readonly options: unknown) {
    this.#trace = trace
  }

  /**
   * Runs `run` as a recorded step: its Promise (if any) is returned as is, its end noted when it settles.
   * A synchronous step (rt.auth.set, page.tap's sync part…) is pushed once it has run, whole: nothing else can push a
   * step meanwhile (nested public calls are not steps), so the order is the same, without a closure and two properties
   * added later per step (issue 14: a recorded rt.auth.set cost as much as a wx call).
   */
  step<T>(target: StepTarget, args: readonly unknown[], run: () => T): T {
    if (this.#depth > 0) return run()
    const at = this.#trace.size
    let result: T
    this.#depth++
    try {
      result = run()
    } catch (error) {
      const step = stepOf(target, args, at)
      step.end = this.#trace.size
      step.doneBefore = this.steps.length + 1
      if (error !== undefined) step.error = messageOf(error)
      this.steps.push(step)
      throw error
    } finally {
      this.#depth--
    }
    if (!(result instanceof Promise)) {
      const step = stepOf(target, args, at)
      step.end = this.#trace.size
      step.doneBefore = this.steps.length + 1
      this.steps.push(step)
      return result
    }
    const step = stepOf(target, args, at)
    this.steps.push(step)
    const done = (error?: unknown) => {
      step.end = this.#trace.size
      step.doneBefore = this.steps.length
      if (error !== undefined) step.error = messageOf(error)
    }
    result.then(() => done(), (error: unknown) => done(error ?? 'rejected'))
    return result
  }

  noteUnrecordable(what: string): void {
    if (this.#depth > 0) return
    this.unrecordable.push({ what, at: this.#trace.size })
  }
}

/**
 * A step: the target's keys, then args and at (end, doneBefore, error come after), as `{ ...target, args, at }` had
 * them. Copied key by key: the spread literal was a seventh of a reused runtime's recovery flow (issue 14).
 */
function stepOf(target: StepTarget, args: readonly unknown[], at: number): RecordedStep {
  const step = {} as Record<string, unknown>
  for (const key in target) step[key] = (target as Record<string, unknown>)[key]
  step.args = args.slice()
  step.at = at
  return step as unknown as RecordedStep
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

const RECORDING = 'repro.recording'

/** The runtime's recording (made by createRuntime with the options it was given). */
export function recordingOf(core: { readonly state: Map<string, unknown>; readonly trace: Trace }): Recording {
  let recording = core.state.get(RECORDING) as Recording | undefined
  if (!recording) core.state.set(RECORDING, (recording = new Recording(core.trace, {})))
  return recording
}

export function startRecording(core: { readonly state: Map<string, unknown>; readonly trace: Trace }, options: unknown): void {
  core.state.set(RECORDING, new Recording(core.trace, options))
}

/** Records one step from a public view: the hook for element taps and any later recorded call. */
export function recordStep<T>(core: RecordingCore, target: StepTarget, args: readonly unknown[], run: () => T): T {
  return recordingOf(core).step(target, args, run)
}

/**
 * Makes the finders of a page or element handle (`query`, `queryAll`, `getByText`, when it has them) return
 * element handles whose acts (`tap`, `input`, `change`, `trigger`) are recorded as element steps, each with the
 * locator that found it. A finder's own properties are kept (`page.query` also carries the page's query).
 */
export function recordedFinders<T extends object>(core: RecordingCore, route: string, handle: T, locator: readonly LocatorStep[] = []): T {
  const target = handle as Record<string, unknown>
  if (!ELEMENT_FINDERS.some((by) => typeof target[by] === 'function')) return handle
  // Each wrapper is made when its finder is first read, not per handle (issue 14: three closures, a Map and the
  // finders' own keys copied for every page opened, though most page tests never call a finder).
  let finders: Map<string, unknown> | undefined
  return new Proxy(handle, {
    get: (t, key) => {
      if (typeof key !== 'string' || !(ELEMENT_FINDERS as readonly string[]).includes(key)) return Reflect.get(t, key, t)
      const made = finders?.get(key)
      if (made !== undefined) return made
      const find = Reflect.get(t, key, t)
      if (typeof find !== 'function') return find
      const wrapped = recordedFinder(core, route, handle, locator, key as (typeof ELEMENT_FINDERS)[number], find as (a: unknown) => unknown)
      ;(finders ??= new Map()).set(key, wrapped)
      return wrapped
    },
  })
}

function recordedFinder(
  core: RecordingCore,
  route: string,
  handle: object,
  locator: readonly LocatorStep[],
  by: (typeof ELEMENT_FINDERS)[number],
  find: (a: unknown) => unknown,
): unknown {
  const wrapped = (arg: unknown) => {
    const found = find.call(handle, arg)
    const at = (index?: number): LocatorStep => ({ by, arg: locatorArg(arg), ...(index !== undefined ? { index } : {}) })
    if (Array.isArray(found)) return found.map((el: object, i) => recordedElement(core, route, el, [...locator, at(i)]))
    return found && typeof found === 'object' ? recordedElement(core, route, found, [...locator, at()]) : found
  }
  // defineProperty, not assign: a query key such as `name` or `length` is a read-only property of a function.
  for (const key of Object.keys(find)) {
    Object.defineProperty(wrapped, key, { value: (find as unknown as Record<string, unknown>)[key], enumerable: true, configurable: true, writable: true })
  }
  return wrapped
}

type RecordingCore = { readonly state: Map<string, unknown>; readonly trace: Trace }

function recordedElement(core: RecordingCore, route: string, element: object, locator: readonly LocatorStep[]): object {
  const acts = new Map<string, unknown>()
  const withFinders = recordedFinders(core, route, element, locator)
  return new Proxy(withFinders, {
    get(t, key) {
      const value = Reflect.get(t, key, t) as unknown
      if (typeof key !== 'string' || typeof value !== 'function' || !(RECORDED_ELEMENT_CALLS as readonly string[]).includes(key)) {
        const finder = typeof key === 'string' && (ELEMENT_FINDERS as readonly string[]).includes(key)
        return typeof value === 'function' && !finder ? value.bind(element) : value
      }
      const call = key
      if (!acts.has(call)) {
        acts.set(call, (...args: unknown[]) => recordStep(core, { on: 'element', route, locator, call }, args, () => (value as (...a: unknown[]) => unknown).apply(element, args)))
      }
      return acts.get(key)
    },
  })
}

function locatorArg(arg: unknown): LocatorStep['arg'] {
  return arg instanceof RegExp ? { regexp: arg.source, flags: arg.flags } : String(arg)
}
