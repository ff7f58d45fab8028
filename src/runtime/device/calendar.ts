import type { Trace } from '../trace/trace.ts'
import { SavedItems } from './saved-items.ts'

export type RepeatInterval = 'day' | 'week' | 'month' | 'year'

/** An event added to the phone's calendar by wx.addPhoneCalendar / wx.addPhoneRepeatCalendar. */
export interface CalendarEvent {
  readonly title: string
  /** Unix seconds, as passed. */
  readonly startTime: number
  /** Unix seconds; "默认与开始时间相同". */
  readonly endTime: number
  /** startTime as an ISO date: a start in the year 50000 means the app passed milliseconds. */
  readonly start: string
  readonly allDay: boolean
  readonly alarm: boolean
  /** Seconds before the start. */
  readonly alarmOffset: number
  readonly description?: string
  readonly location?: string
  /** Only for wx.addPhoneRepeatCalendar. `endTime` undefined = repeats for ever ("不填表示一直重复"). */
  readonly repeat?: { readonly interval: RepeatInterval; readonly endTime?: number }
}

/** The phone's calendar as the mini program writes to it: `rt.device.calendar.items`. */
export class PhoneCalendar extends SavedItems<CalendarEvent> {
  constructor(trace: Trace) {
    super(trace, 'calendar.add', (e) => ({ title: e.title, start: e.start }))
  }
}
