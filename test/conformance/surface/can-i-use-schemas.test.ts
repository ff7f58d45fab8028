import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// wx.canIUse schemas (https://developers.weixin.qq.com/miniprogram/dev/api/base/wx.canIUse.html, H):
// `${API}.${method}.${param}.${option}` with method return / success / object / callback, and
// `${component}.${attribute}.${option}`. Fields from the typings' option and result interfaces with their own
// "需要基础库" lines; components from their doc tables (versions/component-since.ts).

const at = (SDKVersion: string) => createRuntime({ SDKVersion }).wx
/** As app code guards it: wx.canIUse itself needs base library 1.1.1. */
const can = (SDKVersion: string, schema: string) => {
  const wx = at(SDKVersion)
  return typeof wx.canIUse === 'function' && wx.canIUse(schema)
}

describe('API schemas, from the typings', () => {
  test("the doc's own examples: getSystemInfoSync.return.screenWidth, getSystemInfo.success.screenWidth, showToast.object.image, request.object.method.GET", () => {
    const wx = at('3.0.0')
    expect(wx.canIUse('getSystemInfoSync.return.screenWidth')).toBe(true)
    expect(wx.canIUse('getSystemInfo.success.screenWidth')).toBe(true)
    expect(wx.canIUse('showToast.object.image')).toBe(true)
    expect(wx.canIUse('request.object.method.GET')).toBe(true)
  })

  test('a field with its own base library: showToast.object.image (需要基础库 1.1.0), icon.none (1.9.0 及以上)', () => {
    expect(can('1.0.0', 'showToast.object.image')).toBe(false) // wx.canIUse itself is 1.1.1
    expect(can('1.1.1', 'showToast.object.image')).toBe(true)
    expect(can('1.8.0', 'showToast.object.icon.none')).toBe(false)
    expect(can('1.9.0', 'showToast.object.icon.none')).toBe(true)
  })

  test('a field is never older than its API: getDeviceInfo.return.brand needs 2.20.1', () => {
    expect(can('2.20.0', 'getDeviceInfo.return.brand')).toBe(false)
    expect(can('2.20.1', 'getDeviceInfo.return.brand')).toBe(true)
  })

  test('a success field: getSetting.success.subscriptionsSetting (需要基础库 2.10.1)', () => {
    expect(can('2.10.0', 'getSetting.success.subscriptionsSetting')).toBe(false)
    expect(can('2.10.1', 'getSetting.success.subscriptionsSetting')).toBe(true)
  })

  test("a listener's argument: onKeyboardHeightChange.callback.height", () => {
    expect(can('3.0.0', 'onKeyboardHeightChange.callback.height')).toBe(true)
    expect(can('2.6.0', 'onKeyboardHeightChange.callback.height')).toBe(false)
  })

  test('a field or value the typings do not list is false, and the trace says fake-wx does not know it', () => {
    const rt = createRuntime()
    expect(rt.wx.canIUse('showToast.object.colour')).toBe(false)
    expect(rt.wx.canIUse('showToast.object.icon.sparkles')).toBe(false)
    expect(rt.wx.canIUse('showToast.returns.title')).toBe(false)
    expect(rt.timeline()).toContain('fake-wx does not know the schema "showToast.object.colour"')
  })

  test("names of Object.prototype are no schemas: canIUse('constructor'), canIUse('toString.object.x') are false", () => {
    const { wx } = createRuntime()
    for (const schema of ['constructor', 'toString', '__proto__', 'hasOwnProperty.success.x', 'button.constructor']) expect(wx.canIUse(schema), schema).toBe(false)
  })

  test('the schemas kept from SCHEMA_SINCE still answer: getSetting.object.withSubscriptions from 2.10.1', () => {
    expect(can('2.10.0', 'getSetting.object.withSubscriptions')).toBe(false)
    expect(can('2.10.1', 'getSetting.object.withSubscriptions')).toBe(true)
  })
})

describe('component schemas, from the component docs', () => {
  test.each([
    ['contact', '1.1.1', '1.0.0'], // 1.1.0; wx.canIUse itself needs 1.1.1
    ['share', '1.2.0', '1.1.0'],
    ['getPhoneNumber', '1.2.0', '1.1.0'],
    ['getUserInfo', '1.3.0', '1.2.0'],
    ['launchApp', '1.9.5', '1.9.4'],
    ['openSetting', '2.0.7', '2.0.6'],
    ['feedback', '2.1.0', '2.0.9'],
    ['chooseAvatar', '2.21.2', '2.21.1'],
    ['getRealtimePhoneNumber', '2.24.4', '2.24.3'],
    ['agreePrivacyAuthorization', '2.32.3', '2.32.2'],
  ])('button.open-type.%s from %s (button.html 最低版本)', (value, since, before) => {
    expect(can(since, `button.open-type.${value}`)).toBe(true)
    expect(can(before, `button.open-type.${value}`)).toBe(false)
  })

  test('input.type.nickname from 2.21.2, input.type.safe-password from 2.18.0 (input.html)', () => {
    expect(can('2.21.1', 'input.type.nickname')).toBe(false)
    expect(can('2.21.2', 'input.type.nickname')).toBe(true)
    expect(can('2.18.0', 'input.type.safe-password')).toBe(true)
  })

  test("the quick-start template's open-data check: open-data.type.userAvatarUrl && userNickName from 1.9.90", () => {
    const check = (v: string) => can(v, 'open-data.type.userAvatarUrl') && can(v, 'open-data.type.userNickName')
    expect(check('1.9.90')).toBe(true)
    expect(check('1.9.0')).toBe(false)
  })

  test('a component and an attribute alone: button, button.open-type (1.1.0), open-data (1.4.0)', () => {
    const wx = at('1.3.0')
    expect(wx.canIUse('button')).toBe(true)
    expect(wx.canIUse('button.open-type')).toBe(true)
    expect(wx.canIUse('open-data')).toBe(false)
    expect(at('1.4.0').canIUse('open-data')).toBe(true)
  })

  test('an unknown value of a known attribute is false', () => {
    expect(can('3.0.0', 'button.open-type.teleport')).toBe(false)
  })
})
