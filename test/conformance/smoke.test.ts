import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'

describe('the recovery flow of the seed (spec §2)', () => {
  test('denied-once → modal confirm → openSetting from the modal → getLocation succeeds', async () => {
    const rt = createRuntime({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    const wx = rt.wx
    await expect(wx.authorize({ scope: 'scope.userLocation' })).rejects.toEqual({ errMsg: 'authorize:fail auth deny', errno: 103 })
    const res = await new Promise<WechatMiniprogram.OpenSettingSuccessCallbackResult>((resolve, reject) =>
      wx.showModal({ title: 't', content: 'c', success: () => wx.openSetting({ success: resolve, fail: reject }) }),
    )
    expect(res.authSetting['scope.userLocation']).toBe(true)
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
    await expect(wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })
})
