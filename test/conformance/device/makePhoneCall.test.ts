import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// wx.makePhoneCall.html; 'makePhoneCall:fail cancel' as shipped apps compare it (H).

/** A "call the shop" handler as apps write it: a toast unless the user cancelled. */
function callShop(wx: ReturnType<typeof createRuntime>['wx'], phoneNumber: string): Promise<string> {
  return new Promise((resolve) =>
    wx.makePhoneCall({
      phoneNumber,
      success: () => resolve('called'),
      fail: (err) => resolve(err.errMsg === 'makePhoneCall:fail cancel' ? 'cancelled' : `error ${err.errMsg}`),
    }),
  )
}

describe('wx.makePhoneCall', () => {
  test('the sheet shows the number; the user calls: makePhoneCall:ok', async () => {
    const rt = createRuntime({ user: { makePhoneCall: 'call' } })
    await expect(rt.wx.makePhoneCall({ phoneNumber: '020-81167888' })).resolves.toEqual({ errMsg: 'makePhoneCall:ok' })
    expect(rt.prompts).toEqual([{ kind: 'makePhoneCall', api: 'makePhoneCall', answer: 'call' }])
    expect(rt.trace).toContainEqual(expect.objectContaining({ type: 'prompt', kind: 'makePhoneCall', details: { phoneNumber: '020-81167888' } }))
  })

  test('the user cancels: makePhoneCall:fail cancel', async () => {
    const rt = createRuntime({ user: { makePhoneCall: 'cancel' } })
    expect(await callShop(rt.wx, '10086')).toBe('cancelled')
  })

  test('step by step: the test answers the sheet', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const result = callShop(rt.wx, '10086')
    const sheet = await rt.user.nextPrompt()
    expect(sheet.details).toEqual({ phoneNumber: '10086' })
    sheet.respond('call')
    expect(await result).toBe('called')
  })

  test('phoneNumber is required, a String, not empty (parameter errors, errno 1001)', async () => {
    const rt = createRuntime({ user: { makePhoneCall: 'call' } })
    await expect(rt.wx.makePhoneCall({} as never)).rejects.toMatchObject({ errno: 1001, errMsg: expect.stringContaining('parameter.phoneNumber') })
    await expect(rt.wx.makePhoneCall({ phoneNumber: 10086 as never })).rejects.toMatchObject({
      errMsg: 'makePhoneCall:fail parameter error: parameter.phoneNumber should be String instead of Number;',
    })
    await expect(rt.wx.makePhoneCall({ phoneNumber: '' })).rejects.toEqual({
      errMsg: 'makePhoneCall:fail parameter error: parameter.phoneNumber should not be empty String;',
      errno: 1001,
    })
    expect(rt.prompts).toHaveLength(0)
  })
})
