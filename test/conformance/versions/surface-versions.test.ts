import { describe, expect, test } from 'vitest'
import { API_SINCE, createRuntime } from '../../../src/index.ts'
import { API_DEFINITIONS } from '../../../src/runtime/apis/index.ts'
import { DEFAULT_SDK_VERSION } from '../../../src/runtime/config.ts'
import { SURFACE } from '../../../src/runtime/surface/surface.generated.ts'
import { compareVersion } from '../../../src/runtime/versions/compare-version.ts'
import { PROPERTY_SINCE } from '../../../src/runtime/versions/api-versions.ts'

// Every member of the official typings (`interface Wx`) is on wx when the base library has it, and missing below
// its "需要基础库" version, as on the client; wx.canIUse agrees with what is there, for every name.

const VERSIONS = ['1.9.0', '2.10.2', '2.25.0', '3.0.0', DEFAULT_SDK_VERSION]
const MEMBERS = Object.keys(SURFACE)
/** Modelled APIs the current typings no longer list (the legacy file APIs, apis/files/legacy-typings.ts). */
const MODELLED_BEYOND_TYPINGS = API_DEFINITIONS.map((d) => d.name as string).filter((name) => !(name in SURFACE))
const sinceOf = (name: string) => API_SINCE[name] ?? PROPERTY_SINCE[name] ?? '1.0.0'

describe.each(VERSIONS)('base library %s', (SDKVersion) => {
  const wx = createRuntime({ SDKVersion, unsimulatedApis: 'ok' }).wx as unknown as Record<string, unknown>

  test('every member of the typings is on wx exactly when its base library is not newer', () => {
    const wrong = MEMBERS.filter((name) => name in wx !== compareVersion(SDKVersion, sinceOf(name)) >= 0)
    expect(wrong).toEqual([])
  })

  test('methods are functions, properties (env, router, worklet, cloud) objects', () => {
    const wrong = MEMBERS.filter((n) => n in wx).filter((n) => typeof wx[n] !== (SURFACE[n]!.form === 'property' ? 'object' : 'function'))
    expect(wrong).toEqual([])
  })

  test('wx.canIUse(name) === (name in wx), for every name of the typings', () => {
    const canIUse = wx.canIUse as ((s: string) => boolean) | undefined
    if (!canIUse) return expect(compareVersion(SDKVersion, API_SINCE.canIUse!)).toBeLessThan(0)
    expect(MEMBERS.filter((n) => canIUse(n) !== n in wx)).toEqual([])
  })

  test('Object.keys(wx) lists every member there, once; a spread copies them all', () => {
    const keys = Object.keys(wx)
    expect(new Set(keys).size).toBe(keys.length)
    expect(MODELLED_BEYOND_TYPINGS).toContain('saveFile')
    const beyond = MODELLED_BEYOND_TYPINGS.filter((n) => compareVersion(SDKVersion, sinceOf(n)) >= 0)
    expect(keys.sort()).toEqual([...MEMBERS.filter((n) => n in wx), ...beyond].sort())
    expect(Object.keys({ ...wx }).length).toBe(keys.length)
  })
})

describe('an API appears at its exact version', () => {
  test('wx.getDeviceInfo (需要基础库 2.20.1): missing on 2.20.0, a function on 2.20.1', () => {
    expect('getDeviceInfo' in createRuntime({ SDKVersion: '2.20.0' }).wx).toBe(false)
    expect(createRuntime({ SDKVersion: '2.20.0' }).wx.canIUse('getDeviceInfo')).toBe(false)
    expect(typeof createRuntime({ SDKVersion: '2.20.1' }).wx.getDeviceInfo).toBe('function')
  })

  test('wx.cloud from 2.2.3 ("云开发能力从基础库 2.2.3 开始支持"); wx.env always', () => {
    expect('cloud' in createRuntime({ SDKVersion: '2.2.2' }).wx).toBe(false)
    expect(createRuntime({ SDKVersion: '2.2.3' }).wx.canIUse('cloud')).toBe(true)
    expect(createRuntime({ SDKVersion: '1.0.0' }).wx.env).toBeDefined()
  })

  test('an API the app deleted from wx stays gone, modelled or not', () => {
    const wx = createRuntime().wx as unknown as Record<string, unknown>
    expect(API_DEFINITIONS.some((d) => d.name === 'getBatteryInfo')).toBe(true) // modelled
    expect(API_DEFINITIONS.some((d) => (d.name as string) === 'getSelectedTextRange')).toBe(false) // not modelled
    delete wx.getBatteryInfo
    delete wx.getSelectedTextRange
    for (const name of ['getBatteryInfo', 'getSelectedTextRange']) {
      expect(name in wx).toBe(false)
      expect(Object.keys(wx)).not.toContain(name)
    }
  })
})
