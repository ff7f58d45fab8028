// What DevTools does differently, as settings whose default follows the strongest source (issue 11 fidelity list).
//  - "工具中定位模拟使用IP定位，可能会有一定误差。且工具目前仅支持 gcj02 坐标。"
//    (https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.getLocation.html, 注意; H)
//  - getPrivacySetting "often returns needAuthorization:false" in DevTools (community; research.md §6.2, §8.17, M) against
//    the API doc's answer (H): the doc wins by default.
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'
import { wgs84ToGcj02 } from '../../../src/runtime/device/position.ts'

const AT = { latitude: 22.543847, longitude: 113.912316 }

describe('DevTools (platform: devtools)', () => {
  test('getLocation gives gcj02 coordinates even for type wgs84: the tool supports gcj02 only', async () => {
    const rt = createRuntime({ platform: 'devtools', scenario: 'granted', position: AT })
    const res = await rt.wx.getLocation({ type: 'wgs84' })
    expect({ latitude: res.latitude, longitude: res.longitude }).toEqual(wgs84ToGcj02(AT.latitude, AT.longitude))
  })

  test("devtools: { location: 'as-asked' } gives the requested system, as a phone does", async () => {
    const rt = createRuntime({ platform: 'devtools', scenario: 'granted', position: AT, devtools: { location: 'as-asked' } })
    const res = await rt.wx.getLocation({ type: 'wgs84' })
    expect({ latitude: res.latitude, longitude: res.longitude }).toEqual(AT)
  })

  test('a phone gives wgs84 for wgs84', async () => {
    const rt = createRuntime({ platform: 'android', scenario: 'granted', position: AT })
    const res = await rt.wx.getLocation({ type: 'wgs84' })
    expect({ latitude: res.latitude, longitude: res.longitude }).toEqual(AT)
  })

  test('getPrivacySetting reports the agreement as documented by default, also in DevTools', async () => {
    const rt = createRuntime({ platform: 'devtools', scenario: 'privacy-not-agreed' })
    const res = await new Promise<{ needAuthorization: boolean }>((resolve) => rt.wx.getPrivacySetting({ success: resolve }))
    expect(res.needAuthorization).toBe(true)
  })

  test("devtools: { privacySetting: 'never-needs-authorization' } reproduces DevTools' reported answer", async () => {
    const rt = createRuntime({ platform: 'devtools', scenario: 'privacy-not-agreed', devtools: { privacySetting: 'never-needs-authorization' } })
    const res = await new Promise<{ needAuthorization: boolean }>((resolve) => rt.wx.getPrivacySetting({ success: resolve }))
    expect(res.needAuthorization).toBe(false)
    // Only the answer: the privacy gate still holds privacy APIs until the user agrees.
    expect(rt.privacy.needAuthorization).toBe(true)
  })
})

test('a misspelt setting is a FakeWxError that names the choices', () => {
  expect(() => createRuntime({ devtools: { location: 'gcj' as never } })).toThrow(FakeWxError)
  expect(() => createRuntime({ devtools: { privacySetting: true as never } })).toThrow(/'as-documented' or 'never-needs-authorization'/)
  expect(() => createRuntime({ backgroundCallFail: 42 as never })).toThrow(/a string\) or null/)
})
