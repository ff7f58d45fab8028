import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime, ok, type Runtime } from '../../../src/index.ts'

// App code as teams write it, run on the installed fake (global wx): guarded by wx.canIUse (getDeviceInfo, modelled
// over the device profile), promisified calls of an API fake-wx does not model (getBackgroundFetchData), an
// IntersectionObserver. It runs unchanged; what is not modelled answers neutral values (and warns once per API),
// and a test scripts what it cares about with rt.override.

// --- utils/device.js, as in an app ---
function deviceLabel(): string {
  if (wx.canIUse('getDeviceInfo')) {
    const info = wx.getDeviceInfo()
    return `${info.brand || 'unknown'} ${info.model || ''}`.trim()
  }
  return 'legacy device'
}
function prefetchedList(): Promise<number[]> {
  return wx.getBackgroundFetchData({ fetchType: 'pre' }).then((res) => (res.fetchedData ? (JSON.parse(res.fetchedData) as { list: number[] }).list : []))
}
function watchBanner(onSeen: () => void): WechatMiniprogram.IntersectionObserver {
  const observer = wx.createIntersectionObserver({}, { thresholds: [0, 1] })
  observer.relativeToViewport({ bottom: 100 }).observe('.banner', (res) => res.intersectionRatio > 0 && onSeen())
  return observer
}
// --- end of the util ---

let rt: Runtime | undefined
afterEach(() => {
  rt?.uninstall()
  rt = undefined
  vi.restoreAllMocks()
})
const start = (options = {}) => {
  rt = createRuntime(options)
  rt.install()
  return rt
}

describe('a util that checks wx.canIUse before using newer APIs', () => {
  test('on a current base library it takes the getDeviceInfo branch and reads the device profile', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const rt = start({ unsimulatedApis: 'error' }) // getDeviceInfo is modelled: the policy does not apply
    const { brand, model } = rt.device.system.values
    expect(deviceLabel()).toBe(`${brand} ${model}`)
    expect(deviceLabel()).toBe('iPhone iPhone 14 Pro Max<iPhone15,3>') // the default iOS profile
    expect(warn).not.toHaveBeenCalled()
  })

  test('on another platform profile the util reads that device (Android: Xiaomi 23127PN0CC)', () => {
    start({ platform: 'android' })
    expect(deviceLabel()).toBe('Xiaomi 23127PN0CC')
  })

  test('on 2.19.0 (before getDeviceInfo, 2.20.1) it takes the fallback and never touches the missing API', () => {
    start({ SDKVersion: '2.19.0', unsimulatedApis: 'error' })
    expect(deviceLabel()).toBe('legacy device')
  })

  test('scripted with rt.override, the util reads the test\'s device', () => {
    const rt = start({ unsimulatedApis: 'error' })
    rt.override('getDeviceInfo', () => ({ ...wxDeviceInfo(), brand: 'Apple', model: 'iPhone 15' }))
    expect(deviceLabel()).toBe('Apple iPhone 15')
  })
})

describe('promisified calls of an unmodelled API', () => {
  test('wx.getBackgroundFetchData(…).then(…) resolves with neutral values; the warning names the override line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    start()
    await expect(prefetchedList()).resolves.toEqual([])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toContain("rt.override('getBackgroundFetchData', () => ok(")
  })

  test('the override a test writes from that line drives the util', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const rt = start()
    rt.override('getBackgroundFetchData', () => ok({ fetchedData: '{"list":[1,2]}', path: 'pages/index/index', query: '', scene: 1001, timeStamp: 0 }))
    await expect(prefetchedList()).resolves.toEqual([1, 2])
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('wx.createIntersectionObserver', () => {
  test('the chain runs, the callback never fires (nothing is rendered), disconnect is recorded', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const rt = start({ unsimulatedApis: 'ok' })
    const seen = vi.fn()
    const observer = watchBanner(seen)
    observer.disconnect()
    expect(seen).not.toHaveBeenCalled()
    expect(observer.disconnect).toHaveBeenCalledTimes(1)
    expect(rt.timeline()).toMatch(/IntersectionObserver\.relativeToViewport\(\{"bottom":100\}\)[\s\S]*IntersectionObserver\.observe/)
  })
})

function wxDeviceInfo(): WechatMiniprogram.DeviceInfo {
  return { abi: '', benchmarkLevel: 0, brand: '', cpuType: '', deviceAbi: '', memorySize: '', model: '', platform: 'ios', system: '' }
}
