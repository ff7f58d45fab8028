import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError, failure, ok } from '../../../src/index.ts'
import { API_DEFINITIONS } from '../../../src/runtime/apis/index.ts'

// What a member of wx fake-wx does not model does (surface/unsimulated.ts): msw's vocabulary for unhandled
// requests, for wx. 'warn' (default): neutral answers, a trace note per call, one console.warn per API per runtime;
// 'error': a FakeWxError at the call site; 'ok': silent.
// The examples are members fake-wx does not model (not in apis/index.ts API_DEFINITIONS): getSelectedTextRange
// (success { start, end }, 2.7.0), getBackgroundFetchData, getShareInfo, getExtConfigSync (sync, an object),
// createIntersectionObserver, getBackgroundAudioManager, getNFCAdapter, connectSocket, checkIsAddedToMyMiniProgram.

const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => {})
afterEach(() => vi.restoreAllMocks())

const EXAMPLES = ['getSelectedTextRange', 'getBackgroundFetchData', 'getShareInfo', 'getExtConfigSync', 'batchGetStorageSync',
  'createIntersectionObserver', 'getBackgroundAudioManager', 'getNFCAdapter', 'connectSocket', 'checkIsAddedToMyMiniProgram',
  'onAccelerometerChange', 'offAccelerometerChange', 'arrayBufferToBase64', 'base64ToArrayBuffer', 'createCanvasContext']

test('the examples below are members fake-wx does not model', () => {
  const modelled = new Set<string>(API_DEFINITIONS.map((d) => d.name))
  expect(EXAMPLES.filter((name) => modelled.has(name))).toEqual([])
})

describe("unsimulatedApis: 'warn' (default): real apps run unchanged", () => {
  test('an async API succeeds with <api>:ok and the neutral payload of its typed result (Promise form)', async () => {
    warnings()
    const { wx } = createRuntime()
    await expect(wx.getSelectedTextRange()).resolves.toEqual({ errMsg: 'getSelectedTextRange:ok', start: 0, end: 0 })
  })

  test('callbacks: success then complete, asynchronously', async () => {
    warnings()
    const { wx } = createRuntime()
    const seen: string[] = []
    wx.getBackgroundFetchData({
      fetchType: 'pre',
      success: (r) => seen.push(`success ${r.errMsg} ${JSON.stringify(r.fetchedData)} ${r.timeStamp}`),
      complete: () => seen.push('complete'),
    })
    expect(seen).toEqual([])
    await Promise.resolve()
    await Promise.resolve()
    expect(seen).toEqual(['success getBackgroundFetchData:ok "" 0', 'complete'])
  })

  test('one console.warn per API per runtime, naming the line that scripts it', async () => {
    const warn = warnings()
    const rt = createRuntime()
    await rt.wx.getSelectedTextRange()
    await rt.wx.getSelectedTextRange()
    rt.wx.getExtConfigSync()
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]![0]).toBe(
      "fake-wx: wx.getSelectedTextRange is not simulated: it answered getSelectedTextRange:ok with neutral values. Script it with rt.override('getSelectedTextRange', () => ok({ end: 0, start: 0 })), or silence this with createRuntime({ unsimulatedApis: 'ok' }).",
    )
    await createRuntime().wx.getSelectedTextRange() // another runtime warns again
    expect(warn).toHaveBeenCalledTimes(3)
  })

  test('each call is a trace note', async () => {
    warnings()
    const rt = createRuntime()
    await rt.wx.getSelectedTextRange()
    await rt.wx.getSelectedTextRange()
    const notes = rt.trace.filter((e) => e.type === 'note' && e.text.startsWith('wx.getSelectedTextRange is not simulated'))
    expect(notes).toHaveLength(2)
    expect(rt.timeline()).toContain('wx.getSelectedTextRange → getSelectedTextRange:ok')
  })

  test('a sync API returns the neutral value of its typed result', () => {
    warnings()
    const { wx } = createRuntime()
    expect(wx.getExtConfigSync()).toEqual({})
    expect(wx.arrayBufferToBase64(new ArrayBuffer(1))).toBe('')
    expect(wx.base64ToArrayBuffer('AA==')).toBeInstanceOf(ArrayBuffer)
    expect(wx.batchGetStorageSync(['a'])).toEqual([])
  })

  test('each call returns a fresh value: what the app changes does not leak into the next call', () => {
    warnings()
    const { wx } = createRuntime()
    const first = wx.getExtConfigSync()
    first.theme = 'dark'
    expect(wx.getExtConfigSync()).toEqual({})
    const list = wx.batchGetStorageSync(['a'])
    list.push('leaked')
    expect(wx.batchGetStorageSync(['a'])).toEqual([])
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
    const audio = rt.wx.getBackgroundAudioManager()
    const onPlay = vi.fn()
    audio.onPlay(onPlay)
    audio.play()
    const nfc = rt.wx.getNFCAdapter()
    const onDiscovered = vi.fn()
    nfc.onDiscovered(onDiscovered)
    const res = await new Promise((resolve) => nfc.startDiscovery({ success: resolve }))
    await rt.settle()
    expect(onPlay).not.toHaveBeenCalled()
    expect(onDiscovered).not.toHaveBeenCalled()
    expect(res).toMatchObject({ errMsg: 'startDiscovery:ok' })
    expect(typeof audio.duration).toBe('number')
  })

  test("an inert object's async methods have no Promise form (the typings give none): callbacks only", () => {
    warnings()
    const nfc = createRuntime().wx.getNFCAdapter()
    expect(nfc.startDiscovery({})).toBeUndefined()
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
    expect(wx.getSelectedTextRange()).toBeInstanceOf(Promise)
    // checkIsAddedToMyMiniProgram(option): void in the typings — no Promise, the result is lost without callbacks
    expect(wx.checkIsAddedToMyMiniProgram({} as never)).toBeUndefined()
    const res = await new Promise((resolve) => wx.checkIsAddedToMyMiniProgram({ success: resolve }))
    expect(res).toEqual({ errMsg: 'checkIsAddedToMyMiniProgram:ok', added: false })
  })

  test('below base library 2.10.2 no async API has a Promise form, modelled or not', () => {
    warnings()
    expect(createRuntime({ SDKVersion: '2.10.1' }).wx.getSelectedTextRange()).toBeUndefined()
    expect(createRuntime({ SDKVersion: '2.10.1' }).wx.getBatteryInfo()).toBeUndefined() // modelled
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
    expect(() => wx.getSelectedTextRange()).toThrow(FakeWxError)
    expect(() => wx.getSelectedTextRange({ success: () => {} })).toThrow(/rt\.override\('getSelectedTextRange', \(\) => ok\(/)
  })

  test('a sync API and a factory throw too; modelled APIs are untouched', async () => {
    const { wx } = createRuntime({ unsimulatedApis: 'error' })
    expect(() => wx.getExtConfigSync()).toThrow(/not simulated/)
    expect(() => wx.createIntersectionObserver({})).toThrow(FakeWxError)
    await expect(wx.getSetting()).resolves.toMatchObject({ errMsg: 'getSetting:ok' })
    // modelled since these tests were written: the policy leaves them alone
    await expect(wx.getBatteryInfo()).resolves.toMatchObject({ errMsg: 'getBatteryInfo:ok' })
    expect(wx.getMenuButtonBoundingClientRect().width).toBeGreaterThan(0)
  })

  test('an override makes it usable', async () => {
    const rt = createRuntime({ unsimulatedApis: 'error' })
    rt.override('getSelectedTextRange', () => ok({ start: 2, end: 5 }))
    await expect(rt.wx.getSelectedTextRange()).resolves.toMatchObject({ start: 2, end: 5 })
  })
})

describe("unsimulatedApis: 'ok'", () => {
  test('same neutral answers, no console.warn, a trace note only', async () => {
    const warn = warnings()
    const rt = createRuntime({ unsimulatedApis: 'ok' })
    await expect(rt.wx.getSelectedTextRange()).resolves.toMatchObject({ errMsg: 'getSelectedTextRange:ok', start: 0 })
    expect(warn).not.toHaveBeenCalled()
    expect(rt.timeline()).toContain('wx.getSelectedTextRange is not simulated')
  })

  test('an unknown policy is a FakeWxError naming the three', () => {
    expect(() => createRuntime({ unsimulatedApis: 'loud' as never })).toThrow(/'warn' \(default\), 'error' or 'ok'/)
  })
})

describe('rt.override of an unsimulated API', () => {
  test('keeps the facade (callbacks or Promise, trace) and silences the warning', async () => {
    const warn = warnings()
    const rt = createRuntime()
    rt.override('getSelectedTextRange', () => ok({ start: 2, end: 5 }))
    await expect(rt.wx.getSelectedTextRange()).resolves.toEqual({ errMsg: 'getSelectedTextRange:ok', start: 2, end: 5 })
    const viaCallback = await new Promise((resolve) => rt.wx.getSelectedTextRange({ success: resolve }))
    expect(viaCallback).toMatchObject({ start: 2 })
    expect(warn).not.toHaveBeenCalled()
    expect(rt.timeline()).toContain('wx.getSelectedTextRange: body overridden by the test')
  })

  test('a failure from the override reaches fail / rejects, with the API errMsg prefix', async () => {
    const rt = createRuntime()
    rt.use({ getShareInfo: () => failure('system error') })
    await expect(rt.wx.getShareInfo({ shareTicket: 't' })).rejects.toEqual({ errMsg: 'getShareInfo:fail system error' })
  })

  test('a sync API override returns its value; restore() brings back the neutral answer', () => {
    warnings()
    const rt = createRuntime()
    rt.override('getExtConfigSync', () => ({ theme: 'dark' }))
    expect(rt.wx.getExtConfigSync()).toEqual({ theme: 'dark' })
    rt.restore('getExtConfigSync')
    expect(rt.wx.getExtConfigSync()).toEqual({})
  })

  test('an unsimulated API is a spy like the others: vi.spyOn(…).mockResolvedValue works, rt.restore() undoes it', async () => {
    warnings()
    const rt = createRuntime()
    vi.spyOn(rt.wx, 'getSelectedTextRange').mockResolvedValue({ errMsg: 'getSelectedTextRange:ok', start: 5, end: 7 } as never)
    await expect(rt.wx.getSelectedTextRange()).resolves.toMatchObject({ start: 5 })
    expect(rt.wx.getSelectedTextRange).toHaveBeenCalledTimes(1)
    rt.restore()
    await expect(rt.wx.getSelectedTextRange()).resolves.toMatchObject({ start: 0 })
  })

  test('a name that is no API of the typings is still refused', () => {
    expect(() => createRuntime().override('getBatteryLevel' as never, (() => ok({})) as never)).toThrow(FakeWxError)
  })
})

describe('inert objects call the completion callbacks the client always calls', () => {
  // A legacy-canvas poster util as apps write it: draw, then export in draw's callback.
  const drawPoster = (wx: WechatMiniprogram.Wx) =>
    new Promise<string>((resolve) => {
      const ctx = wx.createCanvasContext('poster')
      ctx.setFillStyle('#ffffff')
      ctx.fillRect(0, 0, 375, 600)
      ctx.draw(false, () => resolve('drawn'))
    })

  test('CanvasContext.draw(reserve, callback) runs the callback after drawing, asynchronously (CanvasContext.draw doc)', async () => {
    const rt = createRuntime({ unsimulatedApis: 'ok' })
    const seen: string[] = []
    const drawn = drawPoster(rt.wx).then((r) => seen.push(r))
    seen.push('after draw()')
    await drawn
    expect(seen).toEqual(['after draw()', 'drawn'])
    expect(rt.timeline()).toContain('CanvasContext.draw')
  })

  test('a listener given to an inert object never fires: IntersectionObserver.observe', async () => {
    const rt = createRuntime({ unsimulatedApis: 'ok' })
    const listener = vi.fn()
    rt.wx.createIntersectionObserver({} as never).relativeToViewport().observe('.item', listener)
    await rt.settle()
    expect(listener).not.toHaveBeenCalled()
  })
})
