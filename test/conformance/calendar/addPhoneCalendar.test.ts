// wx.addPhoneCalendar: https://developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneCalendar.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

/** 2026-01-02 09:00 China time, in unix seconds. */
const NINE_AM = Date.UTC(2026, 0, 2, 1) / 1000

describe('wx.addPhoneCalendar', () => {
  test('after the dialog and the confirmation sheet the event is in the calendar, with the documented defaults', async () => {
    const rt = createRuntime({ user: { authorize: 'allow', addPhoneCalendar: 'add' } })
    await expect(rt.wx.addPhoneCalendar({ title: '复诊', startTime: NINE_AM })).resolves.toEqual({ errMsg: 'addPhoneCalendar:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize', 'addPhoneCalendar'])
    // endTime "默认与开始时间相同", allDay false, alarm true, alarmOffset 0
    expect(rt.device.calendar.items).toEqual([
      { title: '复诊', startTime: NINE_AM, endTime: NINE_AM, start: '2026-01-02T01:00:00.000Z', allDay: false, alarm: true, alarmOffset: 0 },
    ])
  })

  test('all options are kept; endTime is accepted as the typings\' string or a number', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { addPhoneCalendar: 'add' } })
    await rt.wx.addPhoneCalendar({
      title: '会议', startTime: NINE_AM, endTime: String(NINE_AM + 3600), allDay: false, alarm: false, alarmOffset: 600,
      description: '三楼', location: '会议室 A',
    })
    expect(rt.device.calendar.items[0]).toMatchObject({ endTime: NINE_AM + 3600, alarm: false, alarmOffset: 600, description: '三楼', location: '会议室 A' })
  })

  test('startTime is unix seconds: milliseconds land in the far future, which the event shows', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { addPhoneCalendar: 'add' } })
    await rt.wx.addPhoneCalendar({ title: '复诊', startTime: NINE_AM * 1000 })
    expect(rt.device.calendar.items[0]?.start).toMatch(/^\+05\d{4}-/)
  })

  test('title is required (parameter error); no startTime: "addPhoneCalendar:fail need startTime"', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { addPhoneCalendar: 'add' } })
    await expect(rt.wx.addPhoneCalendar({ startTime: NINE_AM } as never)).rejects.toEqual({
      errMsg: 'addPhoneCalendar:fail parameter error: parameter.title should be String instead of Undefined;',
      errno: 1001,
    })
    await expect(rt.wx.addPhoneCalendar({ title: '复诊' } as never)).rejects.toEqual({ errMsg: 'addPhoneCalendar:fail need startTime' })
    expect(rt.device.calendar.items).toHaveLength(0)
  })

  test('the user closes the confirmation sheet: "addPhoneCalendar:fail cancel", errno 1', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { addPhoneCalendar: 'cancel' } })
    await expect(rt.wx.addPhoneCalendar({ title: '复诊', startTime: NINE_AM })).rejects.toEqual({ errMsg: 'addPhoneCalendar:fail cancel', errno: 1 })
    expect(rt.device.calendar.items).toHaveLength(0)
  })

  test('revoked in settings: "addPhoneCalendar:fail auth deny" at once, no sheet', async () => {
    const rt = createRuntime({ scenario: 'revoked-in-settings', user: { addPhoneCalendar: 'add' } })
    await expect(rt.wx.addPhoneCalendar({ title: '复诊', startTime: NINE_AM })).rejects.toEqual({ errMsg: 'addPhoneCalendar:fail auth deny', errno: 103 })
    expect(rt.prompts).toHaveLength(0)
  })
})
