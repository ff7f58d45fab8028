/**
 * What a runtime keeps for a bug bundle (`rt.bundle()`, src/repro/): the options it was made with and the steps
 * the test drove through it, each at the trace position where it started and ended. The public views record here
 * (runtime-impl.ts, host/page-handle.ts); nothing inside the runtime reads it back.
 *
 * A step is a call on the runtime (`{ on: 'rt', call: 'clock.advance', args: [1000] }`) or on a page handle
 * (`{ on: 'page', route, call: 'tap', args: ['onFindNearest'] }`); replay walks the same path with the same
 * arguments. Element taps (issue 10, host/element-handle.ts) record `{ on: 'element', route, selector, call, args }`
 * with `recordStep` and get a runner row in src/repro/step-runners.ts.
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

export type StepTarget =
  | { readonly on: 'rt'; readonly call: RecordedRtCall }
  | { readonly on: 'page'; readonly route: string; readonly call: RecordedPageCall }
  /** An element of a page's WXML tree (issue 10): `page.$(selector).tap()` and the like. */
  | { readonly on: 'element'; readonly route: string; readonly selector: string; readonly call: string }

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

  /** Runs `run` as a recorded step: its Promise (if any) is returned as is, its end noted when it settles. */
  step<T>(target: StepTarget, args: readonly unknown[], run: () => T): T {
    if (this.#depth > 0) return run()
    const step: RecordedStep = { ...target, args: [...args], at: this.#trace.entries.length }
    this.steps.push(step)
    const done = (error?: unknown) => {
      step.end = this.#trace.entries.length
      step.doneBefore = this.steps.length
      if (error !== undefined) step.error = error instanceof Error ? error.message : String(error)
    }
    let result: T
    this.#depth++
    try {
      result = run()
    } catch (error) {
      done(error)
      throw error
    } finally {
      this.#depth--
    }
    if (result instanceof Promise) {
      result.then(() => done(), (error: unknown) => done(error ?? 'rejected'))
    } else done()
    return result
  }

  noteUnrecordable(what: string): void {
    if (this.#depth > 0) return
    this.unrecordable.push({ what, at: this.#trace.entries.length })
  }
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
export function recordStep<T>(core: { readonly state: Map<string, unknown>; readonly trace: Trace }, target: StepTarget, args: readonly unknown[], run: () => T): T {
  return recordingOf(core).step(target, args, run)
}
