import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime, ok, type Runtime } from '../../../src/index.ts'

// App code as teams write it, run on the installed fake (global wx): guarded by wx.canIUse, promisified calls of
// APIs fake-wx does not model, an IntersectionObserver. It runs unchanged; what is not modelled answers neutral
// values (and warns once per API), and a test scripts what it cares about with rt.override.

// --- utils/device.js, as in an app ---
function deviceLabel(): string {
  if (wx.canIUse('getDeviceInfo')) {
    const info = wx.getDeviceInfo()
    return `${info.brand || 'unknown'} ${info.model || ''}`.trim()
  }
  return 'legacy device'
}
function batteryLabel(): Promise<string> {
  return wx.getBatteryInfo().then((res) => (res.isCharging ? `${res.level}% charging` : `${res.level}%`))
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
  test('on a current base library it takes the getDeviceInfo branch and gets neutral values', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    start()
    expect(deviceLabel()).toBe('unknown')
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
  test('wx.getBatteryInfo().then(…) resolves with neutral values; the warning names the override line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    start()
    await expect(batteryLabel()).resolves.toBe('0%')
    expect(warn.mock.calls[0]![0]).toContain("rt.override('getBatteryInfo', () => ok(")
  })

  test('the override a test writes from that line drives the util', async () => {
    const rt = start()
    rt.override('getBatteryInfo', () => ok({ level: 80, isCharging: true, isLowPowerModeEnabled: false }))
    await expect(batteryLabel()).resolves.toBe('80% charging')
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
