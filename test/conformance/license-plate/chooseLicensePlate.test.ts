// wx.chooseLicensePlate: https://developers.weixin.qq.com/miniprogram/dev/api/open-api/license-plate/wx.chooseLicensePlate.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.chooseLicensePlate (typings, H)', () => {
  test('the plate the user picks: { plateNumber }', async () => {
    const rt = createRuntime({ user: { chooseLicensePlate: '粤B12345' } })
    await expect(rt.wx.chooseLicensePlate({})).resolves.toEqual({ errMsg: 'chooseLicensePlate:ok', plateNumber: '粤B12345' })
  })

  test('cancel: "chooseLicensePlate:fail cancel" (L)', async () => {
    await expect(createRuntime({ user: { chooseLicensePlate: 'cancel' } }).wx.chooseLicensePlate({})).rejects.toEqual({ errMsg: 'chooseLicensePlate:fail cancel', errno: 1 })
  })

  test('a privacy API (licensePlate): not agreed yet and refused in the popup → errno 104, no keyboard', async () => {
    const rt = createRuntime({ scenario: 'privacy-not-agreed', user: { privacy: 'disagree' } })
    await expect(rt.wx.chooseLicensePlate({})).rejects.toMatchObject({ errno: 104 })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['privacy'])
  })

  test('needs base library 2.19.0: not on wx before', () => {
    expect(createRuntime({ SDKVersion: '2.18.0' }).wx.chooseLicensePlate).toBeUndefined()
  })
})
