import type { ApiContext } from '../../core.ts'
import type { CalendarEvent, RepeatInterval } from '../../device/calendar.ts'
import { ERRNO } from '../../errors/errno.ts'
import { failure, ok, type Outcome } from '../../errors/wx-error.ts'
import { parameterError, type ParamSchema } from '../../facade/params.ts'

/**
 * What wx.addPhoneCalendar and wx.addPhoneRepeatCalendar share (docs + typings, H): `title` and `startTime`
 * (unix seconds) required; `endTime` "默认与开始时间相同" (typed string in the typings, a number in the docs:
 * both accepted); `allDay` false, `alarm` true, `alarmOffset` 0 by default; `path` + `signature` (3.7.6).
 */
export const CALENDAR_PARAMS: ParamSchema = {
  title: 'String!',
  startTime: 'Number',
  endTime: ['String', 'Number'],
  allDay: 'Boolean',
  alarm: 'Boolean',
  alarmOffset: 'Number',
  description: 'String',
  location: 'String',
  path: 'String',
  signature: 'String',
}

export const REPEAT_INTERVALS: readonly RepeatInterval[] = ['day', 'week', 'month', 'year']

type CalendarOptions = Omit<WechatMiniprogram.AddPhoneRepeatCalendarOption, 'success' | 'fail' | 'complete' | 'endTime'> & {
  endTime?: string | number
}

/**
 * Checks the event, shows the confirmation sheet (`addPhoneCalendar` prompt) and adds it to `rt.device.calendar`.
 *  - no startTime: "addPhoneCalendar:fail need startTime" (M: a shipped app handles exactly this text);
 *  - repeat checks (L: the client's wording was not found; the rules are the doc's): repeatInterval one of
 *    day|week|month|year (default month); month needs a start on day 1–28 ("该模式日期不能大于 28 日", H);
 *    repeatEndTime after startTime;
 *  - the user closes the sheet: "<api>:fail cancel" (M: apps classify it as "关掉确认框").
 */
export async function addCalendarEvent(ctx: ApiContext, o: CalendarOptions, repeating: boolean): Promise<Outcome<object>> {
  if (o.startTime === undefined) return failure('need startTime')
  const startTime = o.startTime
  const endTime = o.endTime === undefined || o.endTime === '' || Number.isNaN(Number(o.endTime)) ? startTime : Number(o.endTime)
  let repeat: CalendarEvent['repeat']
  if (repeating) {
    const interval = o.repeatInterval ?? 'month'
    if (!REPEAT_INTERVALS.includes(interval)) {
      // The type is checked by the parameter table; a string that is no interval (L: wording not found):
      return parameterError('repeatInterval', REPEAT_INTERVALS.map((i) => `'${i}'`).join(' | '), JSON.stringify(interval))
    }
    if (interval === 'month' && chinaDayOfMonth(startTime) > 28) {
      return failure(`startTime is on day ${chinaDayOfMonth(startTime)}: a monthly repeat needs day 1 to 28`, ERRNO.parameterError)
    }
    if (o.repeatEndTime !== undefined && o.repeatEndTime <= startTime) {
      return failure('repeatEndTime should be later than startTime', ERRNO.parameterError)
    }
    repeat = o.repeatEndTime === undefined ? { interval } : { interval, endTime: o.repeatEndTime }
  }
  const answer = await ctx.user.ask('addPhoneCalendar', ctx.api, { title: o.title, startTime, ...(repeat ? { repeat } : {}) })
  if (answer === 'cancel') return failure('cancel', ERRNO.cancel)
  ctx.device.calendar.add({
    title: o.title,
    startTime,
    endTime,
    start: isoOf(startTime),
    allDay: o.allDay ?? false,
    alarm: o.alarm ?? true,
    alarmOffset: o.alarmOffset ?? 0,
    ...(o.description !== undefined ? { description: o.description } : {}),
    ...(o.location !== undefined ? { location: o.location } : {}),
    ...(repeat ? { repeat } : {}),
  })
  return ok({})
}

/** The day of the month in China time (the phone's calendar), for unix seconds. */
function chinaDayOfMonth(seconds: number): number {
  return new Date(seconds * 1000 + 8 * 3_600_000).getUTCDate()
}

function isoOf(seconds: number): string {
  const d = new Date(seconds * 1000)
  return Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString()
}
