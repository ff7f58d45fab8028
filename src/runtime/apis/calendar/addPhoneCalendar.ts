// https://developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneCalendar.html
// Base library 2.15.0; scope scope.addPhoneCalendar (enforced since 2022-02-21, [SCOPES-2022]); not in plugins.
// "向系统日历添加事件"; the event shows up in `rt.device.calendar.items`. Checks: calendar-event.ts.
import { defineAsyncApi } from '../../facade/define-api.ts'
import { addCalendarEvent, CALENDAR_PARAMS } from './calendar-event.ts'

export const addPhoneCalendar = defineAsyncApi({
  name: 'addPhoneCalendar',
  params: CALENDAR_PARAMS,
  scope: 'scope.addPhoneCalendar',
  run: (ctx, options) => addCalendarEvent(ctx, options, false),
})
