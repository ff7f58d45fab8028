// What the data-analysis APIs send to WeChat's analytics (we.data / 小程序后台): kept in order, readable as
// `rt.reports`, and traced. Nothing is sent anywhere; the calls return nothing (void, typings, H).
import { stateOf, type RuntimeCore } from '../../core.ts'

export interface Report {
  readonly api: 'reportEvent' | 'reportAnalytics' | 'reportMonitor' | 'reportPerformance'
  /** eventId / eventName / monitor name / performance id. */
  readonly name: string | number
  /** The data object, the monitor value or the performance value. */
  readonly value: unknown
  readonly dimensions?: unknown
  /** Virtual time of the call. */
  readonly at: number
}

export const reportsOf = (core: RuntimeCore): Report[] => stateOf<Report[]>(core, 'reports', () => [])

export function report(core: RuntimeCore, entry: Omit<Report, 'at'>): void {
  const value = entry.value !== null && typeof entry.value === 'object' ? structuredCloneSafe(entry.value) : entry.value
  reportsOf(core).push({ ...entry, value, at: core.clock.now() })
}

/** A copy, so later changes by the app do not rewrite what was reported; what cannot be copied is kept as is. */
function structuredCloneSafe(v: unknown): unknown {
  try {
    return structuredClone(v)
  } catch {
    return v
  }
}
