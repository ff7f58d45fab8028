// README.md "## The layers around the scope store": each row's "a call fails with", as written there.
import { expect, test } from 'vitest'
import { createRuntime, type RuntimeOptions } from '../../src/index.ts'

const fail = (options: RuntimeOptions) =>
  createRuntime({ scenario: 'granted', ...options }).wx.getLocation({}).then(
    () => ({ errMsg: 'ok' }),
    (e: WechatMiniprogram.GeneralCallbackResult & { errno?: number; errCode?: number }) => e,
  )

test.each<[string, RuntimeOptions, object]>([
  ['privacy refused in the popup', { privacy: { agreed: false }, user: { privacy: 'disagree' } }, { errMsg: 'getLocation:fail privacy permission is not authorized', errno: 104 }],
  ['privacy-not-agreed preset', { scenario: ['granted', 'privacy-not-agreed'], user: { privacy: 'disagree' } }, { errno: 104 }],
  ['privacy-undeclared preset', { scenario: ['granted', 'privacy-undeclared'] }, { errMsg: 'getLocation:fail api scope is not declared in the privacy agreement', errno: 112 }],
  ['requiredPrivateInfos lacking the API', { appJson: { requiredPrivateInfos: [] } }, { errMsg: 'getLocation:fail the api need to be declared in the requiredPrivateInfos field in app.json/ext.json' }],
  ['the scope store', { scenario: 'denied-once' }, { errMsg: 'getLocation:fail auth deny', errno: 103 }],
  ['the scope store, android-legacy dialect', { scenario: 'denied-once', dialect: 'android-legacy' }, { errMsg: 'getLocation:fail:auth denied' }],
  ['OS denied, iOS', { os: { location: 'denied' } }, { errMsg: 'getLocation:fail system permission denied' }],
  ['OS denied, Android', { platform: 'android', scenario: ['granted', 'os-denied'] }, { errMsg: 'getLocation:fail:system permission denied', errCode: -2 }],
  ['location services off, Android', { platform: 'android', switches: { location: false } }, { errMsg: 'getLocation:fail:ERROR_NOCELL&WIFI_LOCATIONSWITCHOFF' }],
  ['location services off, iOS', { scenario: ['granted', 'location-services-off'] }, { errMsg: 'getLocation:fail system permission denied' }],
])('%s', async (_, options, expected) => {
  expect(await fail(options)).toMatchObject(expected)
})

test('fuzzy + precise location in requiredPrivateInfos is a FakeWxError at createRuntime', () => {
  expect(() => createRuntime({ appJson: { requiredPrivateInfos: ['getLocation', 'getFuzzyLocation'] } })).toThrow('[fake-wx]')
})

test('old-base-library: no Promise form before 2.10.2, APIs newer than it are not on wx', () => {
  const { wx } = createRuntime({ scenario: 'old-base-library' })
  expect(wx.canIUse('getPrivacySetting')).toBe(false)
  expect((wx as unknown as Record<string, unknown>).getPrivacySetting).toBeUndefined()
  expect(wx.getStorage({ key: 'k' })).toBeUndefined()
})

test('iOS "not determined": the OS dialog after WeChat\'s', async () => {
  const rt = createRuntime({ scenario: 'os-not-determined', user: { authorize: 'allow', osPermission: 'allow' } })
  await rt.wx.getLocation({})
  expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize', 'osPermission'])
})
