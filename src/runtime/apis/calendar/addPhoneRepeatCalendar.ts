// https://developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneRepeatCalendar.html
// Base library 2.15.0; scope scope.addPhoneCalendar. "向系统日历添加重复事件": repeatInterval 'day' | 'week' | 'month'
// (default; "该模式日期不能大于 28 日") | 'year'; repeatEndTime "不填表示一直重复". Checks: calendar-event.ts.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { addCalendarEvent, CALENDAR_PARAMS } from './calendar-event.ts'

export const addPhoneRepeatCalendar = defineAsyncApi({
  name: 'addPhoneRepeatCalendar',
  params: { ...CALENDAR_PARAMS, repeatInterval: 'String', repeatEndTime: 'Number' },
  scope: 'scope.addPhoneCalendar',
  run: (ctx, options) => addCalendarEvent(ctx, options, true),
})
