import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError, failure, ok } from '../../../src/index.ts'

// What a member of wx fake-wx does not model does (surface/unsimulated.ts): msw's vocabulary for unhandled
// requests, for wx. 'warn' (default): neutral answers, a trace note per call, one console.warn per API per runtime;
// 'error': a FakeWxError at the call site; 'ok': silent.

const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => {})
afterEach(() => vi.restoreAllMocks())

describe("unsimulatedApis: 'warn' (default): real apps run unchanged", () => {
  test('an async API succeeds with <api>:ok and the neutral payload of its typed result (Promise form)', async () => {
    warnings()
    const { wx } = createRuntime()
    await expect(wx.getBatteryInfo()).resolves.toEqual({ errMsg: 'getBatteryInfo:ok', isCharging: false, isLowPowerModeEnabled: false, level: 0 })
  })

  test('callbacks: success then complete, asynchronously', async () => {
    warnings()
    const { wx } = createRuntime()
    const seen: string[] = []
    wx.getScreenBrightness({ success: (r) => seen.push(`success ${r.errMsg} ${r.value}`), complete: () => seen.push('complete') })
    expect(seen).toEqual([])
    await Promise.resolve()
    await Promise.resolve()
    expect(seen).toEqual(['success getScreenBrightness:ok 0', 'complete'])
  })

  test('one console.warn per API per runtime, naming the line that scripts it', async () => {
    const warn = warnings()
    const rt = createRuntime()
    await rt.wx.getBatteryInfo()
    await rt.wx.getBatteryInfo()
    rt.wx.getBatteryInfoSync()
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]![0]).toBe(
      "fake-wx: wx.getBatteryInfo is not simulated: it answered getBatteryInfo:ok with neutral values. Script it with rt.override('getBatteryInfo', () => ok({ isCharging: false, isLowPowerModeEnabled: false, level: 0 })), or silence this with createRuntime({ unsimulatedApis: 'ok' }).",
    )
    await createRuntime().wx.getBatteryInfo() // another runtime warns again
    expect(warn).toHaveBeenCalledTimes(3)
  })

  test('each call is a trace note', async () => {
    warnings()
    const rt = createRuntime()
    await rt.wx.getBatteryInfo()
    await rt.wx.getBatteryInfo()
    const notes = rt.trace.filter((e) => e.type === 'note' && e.text.startsWith('wx.getBatteryInfo is not simulated'))
    expect(notes).toHaveLength(2)
    expect(rt.timeline()).toContain('wx.getBatteryInfo → getBatteryInfo:ok')
  })

  test('a sync API returns the neutral value of its typed result', () => {
    warnings()
    const { wx } = createRuntime()
    expect(wx.getBatteryInfoSync()).toEqual({ isCharging: false, isLowPowerModeEnabled: false, level: 0 })
    expect(wx.arrayBufferToBase64(new ArrayBuffer(1))).toBe('')
    expect(wx.base64ToArrayBuffer('AA==')).toBeInstanceOf(ArrayBuffer)
    expect(wx.getMenuButtonBoundingClientRect()).toEqual({ bottom: 0, height: 0, left: 0, right: 0, top: 0, width: 0 })
  })

  test('each call returns a fresh value: what the app changes does not leak into the next call', () => {
    warnings()
    const { wx } = createRuntime()
    const first = wx.getMenuButtonBoundingClientRect()
    first.top = 99
    expect(wx.getMenuButtonBoundingClientRect().top).toBe(0)
  })

  test('a factory returns an inert object: its methods are recorded no-ops, chaining methods return it', () => {
    warnings()
    const rt = createRuntime()
    const observer = rt.wx.createIntersectionObserver({}, { thresholds: [0.5] })
    const callback = vi.fn()
    expect(observer.relativeToViewport({ bottom: 100 })).toBe(observer)
    observer.observe('.target', callback)
    observer.disconnect()
    expect(callback).not.toHaveBeenCalled()
    expect(observer.observe).toHaveBeenCalledWith('.target', callback)
    expect(rt.timeline()).toMatch(/IntersectionObserver\.observe/)
  })

  test("an inert object's on-listeners are kept but never fire; its async methods answer <method>:ok", async () => {
    warnings()
    const rt = createRuntime()
    const audio = rt.wx.createInnerAudioContext()
    const onPlay = vi.fn()
    audio.onPlay(onPlay)
    audio.play()
    const fs = rt.wx.getFileSystemManager()
    const res = await new Promise((resolve) => fs.access({ path: 'wxfile://usr/a', success: resolve }))
    await rt.settle()
    expect(onPlay).not.toHaveBeenCalled()
    expect(res).toMatchObject({ errMsg: 'access:ok' })
    expect(typeof audio.duration).toBe('number')
  })

  test("an inert object's async methods have no Promise form (the typings give none): callbacks only", () => {
    warnings()
    const fs = createRuntime().wx.getFileSystemManager()
    expect(fs.access({ path: 'wxfile://usr/a' })).toBeUndefined()
  })

  test('a property of wx that is not modelled (wx.router) is an inert object; each of its methods is an unsimulated call', () => {
    const warn = warnings()
    const rt = createRuntime()
    expect(typeof rt.wx.router.addRouteBuilder).toBe('function')
    expect(warn).not.toHaveBeenCalled() // reading wx (a spread, a property) is no call
    rt.wx.router.addRouteBuilder('fade', () => ({}) as never)
    expect(warn.mock.calls[0]![0]).toMatch(/^fake-wx: wx\.router\.addRouteBuilder is not simulated/)
    expect(() => createRuntime({ unsimulatedApis: 'error' }).wx.router.removeRouteBuilder('fade')).toThrow(FakeWxError)
  })

  test('a task API returns an inert task at once and delivers :ok by callbacks', async () => {
    warnings()
    const rt = createRuntime()
    const res = await new Promise<WechatMiniprogram.ConnectSocketOption>((resolve) => {
      const task = rt.wx.connectSocket({ url: 'wss://example.com', success: resolve as never })
      expect(typeof task.onMessage).toBe('function')
    })
    expect(res).toMatchObject({ errMsg: 'connectSocket:ok' })
  })

  test('the Promise form exists only where the typings have one', async () => {
    warnings()
    const { wx } = createRuntime()
    expect(wx.getBatteryInfo()).toBeInstanceOf(Promise)
    // checkIsAddedToMyMiniProgram(option): void in the typings — no Promise, the result is lost without callbacks
    expect(wx.checkIsAddedToMyMiniProgram({} as never)).toBeUndefined()
    const res = await new Promise((resolve) => wx.checkIsAddedToMyMiniProgram({ success: resolve }))
    expect(res).toEqual({ errMsg: 'checkIsAddedToMyMiniProgram:ok', added: false })
  })

  test('below base library 2.10.2 no async API has a Promise form, modelled or not', () => {
    warnings()
    expect(createRuntime({ SDKVersion: '2.10.1' }).wx.getBatteryInfo()).toBeUndefined()
  })

  test('a wx listener pair: on keeps the listener (it never fires), off returns undefined', async () => {
    warnings()
    const rt = createRuntime()
    const listener = vi.fn()
    expect(rt.wx.onAccelerometerChange(listener)).toBeUndefined()
    rt.wx.offAccelerometerChange(listener)
    await rt.settle()
    expect(listener).not.toHaveBeenCalled()
  })
})

describe("unsimulatedApis: 'error'", () => {
  test('an unsimulated async API throws a FakeWxError at the call site, saying how to override it', () => {
    const { wx } = createRuntime({ unsimulatedApis: 'error' })
    expect(() => wx.getBatteryInfo()).toThrow(FakeWxError)
    expect(() => wx.getBatteryInfo({ success: () => {} })).toThrow(/rt\.override\('getBatteryInfo', \(\) => ok\(/)
  })

  test('a sync API and a factory throw too; modelled APIs are untouched', async () => {
    const { wx } = createRuntime({ unsimulatedApis: 'error' })
    expect(() => wx.getBatteryInfoSync()).toThrow(/not simulated/)
    expect(() => wx.createIntersectionObserver({})).toThrow(FakeWxError)
    await expect(wx.getSetting()).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
  })

  test('an override makes it usable', async () => {
    const rt = createRuntime({ unsimulatedApis: 'error' })
    rt.override('getBatteryInfo', () => ok({ level: 80, isCharging: false, isLowPowerModeEnabled: false }))
    await expect(rt.wx.getBatteryInfo()).resolves.toMatchObject({ level: 80 })
  })
})

describe("unsimulatedApis: 'ok'", () => {
  test('same neutral answers, no console.warn, a trace note only', async () => {
    const warn = warnings()
    const rt = createRuntime({ unsimulatedApis: 'ok' })
    await expect(rt.wx.getBatteryInfo()).resolves.toMatchObject({ errMsg: 'getBatteryInfo:ok', level: 0 })
    expect(warn).not.toHaveBeenCalled()
    expect(rt.timeline()).toContain('wx.getBatteryInfo is not simulated')
  })

  test('an unknown policy is a FakeWxError naming the three', () => {
    expect(() => createRuntime({ unsimulatedApis: 'loud' as never })).toThrow(/'warn' \(default\), 'error' or 'ok'/)
  })
})

describe('rt.override of an unsimulated API', () => {
  test('keeps the facade (callbacks or Promise, trace) and silences the warning', async () => {
    const warn = warnings()
    const rt = createRuntime()
    rt.override('getBatteryInfo', () => ok({ level: 80, isCharging: true, isLowPowerModeEnabled: false }))
    await expect(rt.wx.getBatteryInfo()).resolves.toEqual({ errMsg: 'getBatteryInfo:ok', level: 80, isCharging: true, isLowPowerModeEnabled: false })
    const viaCallback = await new Promise((resolve) => rt.wx.getBatteryInfo({ success: resolve }))
    expect(viaCallback).toMatchObject({ level: 80 })
    expect(warn).not.toHaveBeenCalled()
    expect(rt.timeline()).toContain('wx.getBatteryInfo: body overridden by the test')
  })

  test('a failure from the override reaches fail / rejects, with the API errMsg prefix', async () => {
    const rt = createRuntime()
    rt.use({ getScreenBrightness: () => failure('system error') })
    await expect(rt.wx.getScreenBrightness()).rejects.toEqual({ errMsg: 'getScreenBrightness:fail system error' })
  })

  test('a sync API override returns its value; restore() brings back the neutral answer', () => {
    warnings()
    const rt = createRuntime()
    rt.override('getBatteryInfoSync', () => ({ level: 42, isCharging: false, isLowPowerModeEnabled: false }))
    expect(rt.wx.getBatteryInfoSync().level).toBe(42)
    rt.restore('getBatteryInfoSync')
    expect(rt.wx.getBatteryInfoSync().level).toBe(0)
  })

  test('an unsimulated API is a spy like the others: vi.spyOn(…).mockResolvedValue works, rt.restore() undoes it', async () => {
    warnings()
    const rt = createRuntime()
    vi.spyOn(rt.wx, 'getBatteryInfo').mockResolvedValue({ errMsg: 'getBatteryInfo:ok', level: 5, isCharging: false } as never)
    await expect(rt.wx.getBatteryInfo()).resolves.toMatchObject({ level: 5 })
    expect(rt.wx.getBatteryInfo).toHaveBeenCalledTimes(1)
    rt.restore()
    await expect(rt.wx.getBatteryInfo()).resolves.toMatchObject({ level: 0 })
  })

  test('a name that is no API of the typings is still refused', () => {
    expect(() => createRuntime().override('getBatteryLevel' as never, (() => ok({})) as never)).toThrow(FakeWxError)
  })
})
