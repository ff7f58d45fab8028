// wx.choosePoi: https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.choosePoi.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.choosePoi ([CHOOSELOC-2022], research.md §3, H)', () => {
  test('a place: type 2, its name, address and city; coordinates are always 0 since 2022-06-13', async () => {
    const rt = createRuntime({ user: { choosePoi: { name: '腾讯大厦', address: '深南大道10000号', city: '深圳市' } } })
    await expect(rt.wx.choosePoi({})).resolves.toEqual({
      errMsg: 'choosePoi:ok', type: 2, city: '深圳市', name: '腾讯大厦', address: '深南大道10000号', latitude: 0, longitude: 0,
    })
  })

  test('a city (fuzzy location): type 1', async () => {
    const rt = createRuntime({ user: { choosePoi: { city: '深圳市' } } })
    await expect(rt.wx.choosePoi({})).resolves.toMatchObject({ type: 1, city: '深圳市' })
  })

  test('no scope.userLocation dialog, even for a user who refused location before', async () => {
    const rt = createRuntime({ scenario: 'denied-once', user: { choosePoi: { city: '北京市' } } })
    await expect(rt.wx.choosePoi({})).resolves.toMatchObject({ errMsg: 'choosePoi:ok' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['choosePoi'])
  })

  test('an app.json without choosePoi in requiredPrivateInfos cannot use it (research.md §7.2)', async () => {
    const rt = createRuntime({ appJson: { requiredPrivateInfos: ['getLocation'] }, user: { choosePoi: { city: '北京市' } } })
    await expect(rt.wx.choosePoi({})).rejects.toMatchObject({ errMsg: expect.stringMatching(/^choosePoi:fail/) })
    expect(rt.prompts).toHaveLength(0)
  })

  test('cancel: "choosePoi:fail cancel" (app code, M)', async () => {
    await expect(createRuntime({ user: { choosePoi: 'cancel' } }).wx.choosePoi({})).rejects.toEqual({ errMsg: 'choosePoi:fail cancel', errno: 1 })
  })
})
