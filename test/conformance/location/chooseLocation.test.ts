// wx.chooseLocation. https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.chooseLocation.html
// The map picker: the user picks a place (gcj02) or cancels. No scope since 2022-06-13 ([CHOOSELOC-2022],
// research §3 H); `legacy: { chooseLocationScope: true }` restores the scope.userLocation rule of the seed.
import { describe, expect, test } from 'vitest'
import { createRuntime, type ChosenPlace } from '../../../src/index.ts'

const TENCENT: ChosenPlace = { name: '腾讯大厦', address: '广东省深圳市南山区深南大道10000号', latitude: 22.540366, longitude: 113.934559 }

describe('wx.chooseLocation', () => {
  test('the user picks a place → success with name, address, latitude, longitude', async () => {
    const rt = createRuntime({ user: { chooseLocation: TENCENT } })
    await expect(rt.wx.chooseLocation({})).resolves.toEqual({ errMsg: 'chooseLocation:ok', ...TENCENT })
    expect(rt.prompts).toEqual([{ kind: 'chooseLocation', api: 'chooseLocation', answer: TENCENT }])
  })

  test('the user cancels → chooseLocation:fail cancel', async () => {
    const rt = createRuntime({ user: { chooseLocation: 'cancel' } })
    await expect(rt.wx.chooseLocation({})).rejects.toMatchObject({ errMsg: 'chooseLocation:fail cancel' })
  })

  test('the picker opens at the latitude/longitude passed (2.9.0); the prompt shows them', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const call = rt.wx.chooseLocation({ latitude: 39.9, longitude: 116.4 })
    const picker = await rt.user.nextPrompt()
    expect(picker).toMatchObject({ kind: 'chooseLocation', details: { latitude: 39.9, longitude: 116.4 } })
    picker.respond('cancel')
    await expect(call).rejects.toMatchObject({ errMsg: 'chooseLocation:fail cancel' })
  })

  test('needs no scope: no permission dialog, and it works after a location refusal', async () => {
    // Only a picker answer: a permission dialog would be unanswered and reject.
    const fresh = createRuntime({ user: { chooseLocation: TENCENT } })
    await expect(fresh.wx.chooseLocation({})).resolves.toMatchObject({ errMsg: 'chooseLocation:ok' })
    expect(fresh.auth.get('scope.userLocation')).toBe('undetermined')
    const refused = createRuntime({ scenario: 'denied-once', user: { chooseLocation: TENCENT } })
    await expect(refused.wx.chooseLocation({})).resolves.toMatchObject({ errMsg: 'chooseLocation:ok' })
  })

  test('legacy.chooseLocationScope: the old rule asks scope.userLocation first', async () => {
    const rt = createRuntime({ legacy: { chooseLocationScope: true }, user: { authorize: 'allow', chooseLocation: TENCENT } })
    await expect(rt.wx.chooseLocation({})).resolves.toMatchObject({ errMsg: 'chooseLocation:ok' })
    expect(rt.prompts.map((p) => [p.kind, p.scope])).toEqual([
      ['authorize', 'scope.userLocation'],
      ['chooseLocation', undefined],
    ])
  })

  test('legacy.chooseLocationScope after a refusal: chooseLocation:fail auth deny, no picker', async () => {
    const rt = createRuntime({ legacy: { chooseLocationScope: true }, scenario: 'denied-once' })
    await expect(rt.wx.chooseLocation({})).rejects.toEqual({ errMsg: 'chooseLocation:fail auth deny', errno: 103 })
    expect(rt.prompts).toEqual([])
  })

  test('latitude of the wrong type → parameter error, no picker (research §2.4)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.chooseLocation({ latitude: '39.9' } as never)).rejects.toEqual({
      errMsg: 'chooseLocation:fail parameter error: parameter.latitude should be Number instead of String;',
      errno: 1001,
    })
    expect(rt.prompts).toEqual([])
  })
})
