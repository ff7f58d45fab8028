/**
 * The public `rt.clock` / `rt.device` as recording views: the same objects, except that the calls of
 * RECORDED_RT_CALLS (`clock.advance`, `device.moveTo`, `device.os.set` …) are recorded as bundle steps
 * (trace/recording.ts). Internal code keeps using the core's objects, so its own changes are not steps.
 */
import { RECORDED_RT_CALLS, type Recording, type RecordedRtCall } from './trace/recording.ts'

const RECORDED: ReadonlySet<string> = new Set(RECORDED_RT_CALLS)
const PREFIXES: ReadonlySet<string> = new Set(RECORDED_RT_CALLS.flatMap((p) => p.split('.').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('.'))))

export function recordingView<T extends object>(target: T, path: string, recording: () => Recording): T {
  const cache = new Map<PropertyKey, unknown>()
  return new Proxy(target, {
    get(t, key) {
      // Read on the target itself: getters and methods of classes with private fields need it as `this`.
      const value = Reflect.get(t, key, t) as unknown
      if (typeof key !== 'string') return value
      const sub = `${path}.${key}`
      if (typeof value === 'function') {
        let bound = cache.get(key) as { of: unknown; fn: unknown } | undefined
        if (bound?.of !== value) {
          const fn = value as (...args: unknown[]) => unknown
          const call = RECORDED.has(sub)
            ? (...args: unknown[]) => recording().step({ on: 'rt', call: sub as RecordedRtCall }, args, () => fn.apply(t, args))
            : fn.bind(t)
          cache.set(key, (bound = { of: value, fn: call }))
        }
        return bound.fn
      }
      if (PREFIXES.has(sub) && typeof value === 'object' && value !== null) {
        let view = cache.get(key) as { of: unknown; view: unknown } | undefined
        if (view?.of !== value) cache.set(key, (view = { of: value, view: recordingView(value, sub, recording) }))
        return view.view
      }
      return value
    },
  })
}
