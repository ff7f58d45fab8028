// wx.addPhoneRepeatCalendar: https://developers.weixin.qq.com/miniprogram/dev/api/device/calendar/wx.addPhoneRepeatCalendar.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

/** Unix seconds of a day at 09:00 China time. */
const at9 = (month: number, day: number) => Date.UTC(2026, month - 1, day, 1) / 1000

const granted = () => createRuntime({ scenario: 'granted', user: { addPhoneCalendar: 'add' } })

describe('wx.addPhoneRepeatCalendar', () => {
  test('repeatInterval defaults to month ("默认 month 每月重复"); no repeatEndTime repeats for ever', async () => {
    const rt = granted()
    await expect(rt.wx.addPhoneRepeatCalendar({ title: '还款', startTime: at9(1, 5) })).resolves.toEqual({ errMsg: 'addPhoneRepeatCalendar:ok' })
    expect(rt.device.calendar.items[0]?.repeat).toEqual({ interval: 'month' })
  })

  test('day, week, month and year repeats, with repeatEndTime', async () => {
    const rt = granted()
    for (const repeatInterval of ['day', 'week', 'month', 'year'] as const) {
      await rt.wx.addPhoneRepeatCalendar({ title: repeatInterval, startTime: at9(1, 5), repeatInterval, repeatEndTime: at9(12, 31) })
    }
    expect(rt.device.calendar.items.map((e) => e.repeat)).toEqual(
      ['day', 'week', 'month', 'year'].map((interval) => ({ interval, endTime: at9(12, 31) })),
    )
  })

  test('a repeatInterval that is not day|week|month|year is a parameter error', async () => {
    const rt = granted()
    await expect(rt.wx.addPhoneRepeatCalendar({ title: 'x', startTime: at9(1, 5), repeatInterval: 'hour' as never })).rejects.toMatchObject({
      errMsg: expect.stringMatching(/^addPhoneRepeatCalendar:fail parameter error: parameter\.repeatInterval should be 'day' \| 'week' \| 'month' \| 'year'/),
      errno: 1001,
    })
    await expect(rt.wx.addPhoneRepeatCalendar({ title: 'x', startTime: at9(1, 5), repeatInterval: 7 as never })).rejects.toMatchObject({
      errMsg: 'addPhoneRepeatCalendar:fail parameter error: parameter.repeatInterval should be String instead of Number;',
    })
    expect(rt.device.calendar.items).toHaveLength(0)
  })

  test('"month: 该模式日期不能大于 28 日": a monthly repeat from the 29th–31st fails; other intervals may start then', async () => {
    const rt = granted()
    await expect(rt.wx.addPhoneRepeatCalendar({ title: '月底', startTime: at9(1, 31), repeatInterval: 'month' })).rejects.toMatchObject({
      errMsg: expect.stringContaining('addPhoneRepeatCalendar:fail '),
      errno: 1001,
    })
    await expect(rt.wx.addPhoneRepeatCalendar({ title: '月底', startTime: at9(1, 31) })).rejects.toMatchObject({ errno: 1001 })
    await expect(rt.wx.addPhoneRepeatCalendar({ title: '28 号', startTime: at9(1, 28), repeatInterval: 'month' })).resolves.toBeDefined()
    await expect(rt.wx.addPhoneRepeatCalendar({ title: '周报', startTime: at9(1, 31), repeatInterval: 'week' })).resolves.toBeDefined()
    expect(rt.device.calendar.items.map((e) => e.title)).toEqual(['28 号', '周报'])
  })

  test('the day of the month is the phone\'s (China time): 2026-01-28 23:30 +08:00 is the 28th', async () => {
    const rt = granted()
    const lateOn28th = Date.UTC(2026, 0, 28, 15, 30) / 1000 // 23:30 in Beijing, still the 28th
    await expect(rt.wx.addPhoneRepeatCalendar({ title: 'x', startTime: lateOn28th, repeatInterval: 'month' })).resolves.toBeDefined()
  })

  test('repeatEndTime must be a Number after startTime', async () => {
    const rt = granted()
    await expect(rt.wx.addPhoneRepeatCalendar({ title: 'x', startTime: at9(3, 1), repeatInterval: 'day', repeatEndTime: at9(2, 1) })).rejects.toEqual({
      errMsg: 'addPhoneRepeatCalendar:fail repeatEndTime should be later than startTime',
      errno: 1001,
    })
    await expect(
      rt.wx.addPhoneRepeatCalendar({ title: 'x', startTime: at9(3, 1), repeatInterval: 'day', repeatEndTime: '2026-04-01' as never }),
    ).rejects.toMatchObject({ errMsg: 'addPhoneRepeatCalendar:fail parameter error: parameter.repeatEndTime should be Number instead of String;' })
  })

  test('the confirmation sheet shows the repeat; cancel: "addPhoneRepeatCalendar:fail cancel"', async () => {
    const rt = createRuntime({ scenario: 'granted', user: { addPhoneCalendar: 'cancel' } })
    await expect(rt.wx.addPhoneRepeatCalendar({ title: '吃药', startTime: at9(1, 5), repeatInterval: 'day' })).rejects.toEqual({
      errMsg: 'addPhoneRepeatCalendar:fail cancel',
      errno: 1,
    })
    expect(rt.trace.find((e) => e.type === 'prompt' && e.kind === 'addPhoneCalendar')).toMatchObject({ kind: 'addPhoneCalendar', details: { title: '吃药', repeat: { interval: 'day' } } })
  })

  test('shares scope.addPhoneCalendar with addPhoneCalendar: first use asks once', async () => {
    const rt = createRuntime({ user: { authorize: 'allow', addPhoneCalendar: 'add' } })
    await rt.wx.addPhoneCalendar({ title: 'a', startTime: at9(1, 5) })
    await rt.wx.addPhoneRepeatCalendar({ title: 'b', startTime: at9(1, 5) })
    expect(rt.prompts.filter((p) => p.kind === 'authorize')).toEqual([expect.objectContaining({ scope: 'scope.addPhoneCalendar' })])
  })
})
