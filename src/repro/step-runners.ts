/**
 * How replay runs each kind of recorded step (trace/recording.ts), one row per `on`: a runtime call walks its
 * path from `rt` (`clock.advance` → rt.clock.advance), a page call finds the page on the stack by route.
 * An element step finds its element again the way the test did (its locator), then acts on it.
 */
import type { Runtime } from '../runtime/create-runtime.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import type { LocatorStep } from '../runtime/trace/recording.ts'
import type { BundleStep } from './bundle.ts'

type StepRunner = (rt: Runtime, step: BundleStep) => unknown

export const STEP_RUNNERS: Record<BundleStep['on'], StepRunner> = {
  rt: (rt, step) => callPath(rt, step.call.split('.'), step.args, `rt.${step.call}`),
  page: (rt, step) => callPath(pageOf(rt, step), [step.call], step.args, `page.${step.call}`),
  element: (rt, step) => {
    const { locator, route } = step as BundleStep & { locator: readonly LocatorStep[]; route: string }
    let target: unknown = pageOf(rt, step)
    for (const [i, loc] of locator.entries()) {
      const find = (target as Record<string, unknown>)[loc.by]
      if (typeof find !== 'function') throw new FakeWxError(`Replay cannot run ${describeStep(step)}: this fake-wx has no ${loc.by}() on pages and elements.`)
      const arg = typeof loc.arg === 'string' ? loc.arg : new RegExp(loc.arg.regexp, loc.arg.flags)
      const found = (find as (a: unknown) => unknown).call(target, arg)
      target = loc.by === 'queryAll' ? (found as unknown[])[loc.index ?? 0] : found
      if (target === null || target === undefined) {
        throw new FakeWxError(`Replay cannot run ${describeStep(step)}: ${locatorText(locator.slice(0, i + 1))} finds nothing on ${route}.`)
      }
    }
    return callPath(target as object, [step.call], step.args, `element.${step.call}`)
  },
}

/** A step as one line: `page pages/store/index tap("onFindNearest")`. */
export function describeStep(step: BundleStep): string {
  const args = step.args.map((a) => JSON.stringify(a)).join(', ')
  if (step.on === 'rt') return `rt.${step.call}(${args})`
  if (step.on === 'page') return `page ${step.route} ${step.call}(${args})`
  return `element ${locatorText(step.locator)} on ${step.route} ${step.call}(${args})`
}

/** `query("#find").getByText(/门店/)`, `queryAll(".store")[2]`. */
function locatorText(locator: readonly LocatorStep[]): string {
  return locator
    .map((l) => `${l.by}(${typeof l.arg === 'string' ? JSON.stringify(l.arg) : `/${l.arg.regexp}/${l.arg.flags}`})${l.index !== undefined ? `[${l.index}]` : ''}`)
    .join('.')
}

function pageOf(rt: Runtime, step: BundleStep & { route?: string }): object {
  const pages = rt.currentPages()
  const page = [...pages].reverse().find((p) => p.route === step.route)
  if (!page) {
    const stack = pages.map((p) => p.route).join(', ') || 'no page'
    throw new FakeWxError(`The recorded step ${describeStep(step)} needs ${step.route} on the page stack; the replay has ${stack}.`)
  }
  return page
}

function callPath(root: object, path: readonly string[], args: readonly unknown[], name: string): unknown {
  let target = root as Record<string, unknown>
  for (const key of path.slice(0, -1)) {
    const next = target[key]
    if (typeof next !== 'object' || next === null) throw new FakeWxError(`Replay cannot run ${name}: the runtime has no ${key}.`)
    target = next as Record<string, unknown>
  }
  const fn = target[path[path.length - 1]!]
  if (typeof fn !== 'function') throw new FakeWxError(`Replay cannot run ${name}: it is not a method of this fake-wx.`)
  return (fn as (...a: unknown[]) => unknown).apply(target, args as unknown[])
}
