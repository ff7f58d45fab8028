import { describe, vi } from 'vitest'
import { expect, test } from '../../src/vitest.ts'
import { failure, ok } from '../../src/index.ts'

describe('every wx method is a spy vitest understands', () => {
  test.override({ fakeWxOptions: { scenario: 'granted' } })

  test('toHaveBeenCalledWith / toHaveBeenCalledTimes / toHaveResolved work on wx methods', async ({ wx }) => {
    await wx.getLocation({ type: 'gcj02' })
    expect(wx.getLocation).toHaveBeenCalledTimes(1)
    expect(wx.getLocation).toHaveBeenCalledWith({ type: 'gcj02' })
    expect(wx.getLocation).toHaveResolved()
    expect(wx.openSetting).not.toHaveBeenCalled()
  })

  test('vi.mocked gives the mock API, typed', async ({ wx }) => {
    const getLocation = vi.mocked(wx.getLocation)
    await wx.getLocation({})
    expect(getLocation.mock.calls).toEqual([[{}]])
    expect(getLocation.mock.results[0]?.type).toBe('return')
    expect(getLocation.getMockName()).toBe('wx.getLocation')
  })

  test('tinyspy\'s own record is there too (calls, callCount), usable from any runner', ({ wx }) => {
    wx.getStorageSync('a')
    const spy = wx.getStorageSync as unknown as { calls: unknown[][]; callCount: number; called: boolean }
    expect(spy.calls).toEqual([['a']])
    expect(spy.callCount).toBe(1)
    expect(spy.called).toBe(true)
  })

  test('vi.spyOn(wx, "getLocation") works: mockResolvedValueOnce, then mockRestore brings the fake back', async ({ wx }) => {
    const spy = vi.spyOn(wx, 'getLocation')
    spy.mockResolvedValueOnce({ errMsg: 'getLocation:ok', latitude: 1, longitude: 2 } as WechatMiniprogram.GetLocationSuccessCallbackResult)
    await expect(wx.getLocation({})).resolves.toMatchObject({ latitude: 1 })
    await expect(wx.getLocation({})).resolves.toMatchObject({ latitude: 22.540503 }) // once only
    spy.mockImplementation((() => Promise.reject({ errMsg: 'getLocation:fail mocked' })) as never)
    await expect(wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail mocked' })
    spy.mockRestore()
    await expect(wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(spy).toHaveBeenCalledTimes(4)
  })

  test('mockClear forgets calls, keeps the behaviour; mockReset also restores the fake', ({ wx }) => {
    const m = vi.mocked(wx.getStorageSync)
    m.mockReturnValue('stub')
    expect(wx.getStorageSync('a')).toBe('stub')
    m.mockClear()
    expect(m.mock.calls).toEqual([])
    expect(wx.getStorageSync('a')).toBe('stub')
    m.mockReset()
    expect(m.mock.calls).toEqual([])
    expect(wx.getStorageSync('a')).toBe('')
  })
})

describe('rt.override / rt.use replace one API\'s body; the rest stays the client\'s', () => {
  test('the override answers, through callbacks and Promise, and the timeline shows it', async ({ rt, wx }) => {
    rt.user.answer({ authorize: 'allow' })
    rt.override('getLocation', () => ok({ latitude: 1, longitude: 2, speed: 0, accuracy: 5, horizontalAccuracy: 5, verticalAccuracy: 0, altitude: 0 } as never))
    await expect(wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok', latitude: 1 })
    expect(rt).toHavePrompted('scope.userLocation') // the scope gate still ran
    expect(rt.timeline()).toContain('note    wx.getLocation: body overridden by the test')
  })

  test('a failure from an override is the client\'s fail result', async ({ rt, wx }) => {
    rt.use({ getStorage: () => failure('data not found'), setStorage: async () => ok({}) })
    await expect(wx.getStorage({ key: 'k' })).rejects.toEqual({ errMsg: 'getStorage:fail data not found' })
    const res = await new Promise((resolve) => wx.setStorage({ key: 'k', data: 1, success: resolve }))
    expect(res).toEqual({ errMsg: 'setStorage:ok' })
    expect(wx.getStorageSync('k')).toBe('') // the real body did not run
  })

  test('a Sync API\'s override returns its value', ({ rt, wx }) => {
    rt.override('getStorageSync', (key) => `stub:${key}`)
    expect(wx.getStorageSync('a')).toBe('stub:a')
  })

  test('rt.restore() puts every body back (and undoes mockImplementation); rt.restore(api) just that one', async ({ rt, wx }) => {
    rt.override('getStorageSync', () => 'x')
    rt.override('getStorageInfoSync', () => ({ keys: ['x'], currentSize: 0, limitSize: 0 }))
    vi.mocked(wx.getStorageInfo).mockImplementation(() => undefined as never)
    rt.restore('getStorageSync')
    expect(wx.getStorageSync('a')).toBe('')
    expect(wx.getStorageInfoSync().keys).toEqual(['x'])
    rt.restore()
    expect(wx.getStorageInfoSync().keys).toEqual([])
    await expect(wx.getStorageInfo()).resolves.toMatchObject({ errMsg: 'getStorageInfo:ok' })
  })

  test('a body that returns something else says how to fix it', async ({ rt, wx }) => {
    rt.override('getSetting', (() => ({ authSetting: {} })) as never)
    await expect(wx.getSetting()).rejects.toThrow(/Return ok\(\{ \.\.\.payload \}\)/)
  })

  test('every API of the typings can be overridden, modelled or not; other names cannot', ({ rt }) => {
    expect(() => rt.override('getBatteryInfo', () => ok({ level: 1, isCharging: false, isLowPowerModeEnabled: false }))).not.toThrow()
    expect(() => rt.override('getBatteryLevel' as never, (() => ok({})) as never)).toThrow(/not an API of the official typings/)
  })
})
