import { FakeWxError } from '../errors/fake-wx-error.ts'

/** One day of WeRun data, as the decrypted `stepInfoList` holds it (wx.getWeRunData doc). */
export interface StepInfo {
  /** Unix seconds: the start of the day. */
  timestamp: number
  step: number
}

/** "获取用户过去三十一天微信运动步数" (wx.getWeRunData doc, H). */
export const WERUN_DAYS = 31

const DAY_MS = 86_400_000
/**
 * WeRun days start at midnight China time (UTC+8), oldest first: a published decrypted sample reads
 * `{"timestamp":1503331200,"step":6069},{"timestamp":1503417600,…}` (2017-08-22 00:00 +08:00, one day apart) (M, public code).
 */
const CHINA_OFFSET_MS = 8 * 3_600_000

/** Midnight (China time) of the day `now` falls in, in ms. */
function startOfDay(now: number): number {
  return Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS
}

/**
 * The user's WeRun steps (微信运动), the fixture behind wx.getWeRunData. By default a deterministic
 * month of walking; a test sets its own with `rt.device.werun.set([…31 numbers, oldest first…])`
 * (the last number is today) or with exact `{ timestamp, step }` entries.
 */
export class WeRunSteps {
  /**
   * Whether the user has WeRun (微信运动) turned on. When off, wx.getWeRunData first opens the page that turns
   * it on (the `enableWeRun` prompt); the user may back out: "getWeRunData:fail cancel" (M: app code reads that
   * error as "用户没有开启微信运动" and stops re-opening "开启微信运动界面"). Default on.
   */
  enabled = true
  #steps: readonly number[] | undefined
  #exact: readonly StepInfo[] | undefined

  /** Steps per day, oldest first, the last one today (at most 31; missing older days count 0), or exact entries. */
  set(steps: readonly number[] | readonly StepInfo[]): void {
    if (!Array.isArray(steps)) throw new FakeWxError(`rt.device.werun.set needs an array, got ${JSON.stringify(steps)}.`)
    if (steps.every((s) => typeof s === 'number')) {
      if (steps.length > WERUN_DAYS) {
        throw new FakeWxError(`WeRun keeps ${WERUN_DAYS} days, got ${steps.length} step counts.`, `Pass at most ${WERUN_DAYS}, oldest first.`)
      }
      const bad = (steps as number[]).find((n) => !(Number.isInteger(n) && n >= 0))
      if (bad !== undefined) throw new FakeWxError(`A step count is a whole number ≥ 0, got ${bad}.`)
      this.#steps = [...(steps as number[])]
      this.#exact = undefined
      return
    }
    const bad = (steps as unknown[]).find(
      (s) => typeof s !== 'object' || s === null || typeof (s as StepInfo).timestamp !== 'number' || typeof (s as StepInfo).step !== 'number',
    )
    if (bad !== undefined) throw new FakeWxError(`rt.device.werun.set: ${JSON.stringify(bad)} is neither a number nor { timestamp, step }.`)
    this.#exact = (steps as StepInfo[]).map((s) => ({ timestamp: s.timestamp, step: s.step }))
    this.#steps = undefined
  }

  /** The `stepInfoList` the client reports at `now` (ms): 31 days, oldest first, ending today. */
  stepInfoList(now: number): StepInfo[] {
    if (this.#exact) return this.#exact.map((s) => ({ ...s }))
    const today = startOfDay(now)
    const given = this.#steps
    return Array.from({ length: WERUN_DAYS }, (_, i) => {
      const daysAgo = WERUN_DAYS - 1 - i
      const step = given ? (given[given.length - 1 - daysAgo] ?? 0) : defaultSteps(daysAgo)
      return { timestamp: (today - daysAgo * DAY_MS) / 1000, step }
    })
  }
}

/** A plausible, deterministic walker: 2 000–11 999 steps a day. */
function defaultSteps(daysAgo: number): number {
  return 2000 + ((daysAgo * 7919 + 4513) % 10_000)
}
