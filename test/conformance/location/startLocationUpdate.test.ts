// Continuous location: wx.startLocationUpdate (2.8.0) / wx.onLocationChange / wx.offLocationChange (2.8.1) /
// wx.stopLocationUpdate. https://developers.weixin.qq.com/miniprogram/dev/api/location/wx.startLocationUpdate.html
// Fixes are driven by the test through rt.device.moveTo; a revocation in the settings page stops them.
import { describe, expect, test, vi } from 'vitest'
import { createRuntime, type RuntimeOptions } from '../../../src/index.ts'

const HERE = { latitude: 39.911954, longitude: 116.377817 } // Beijing, WGS-84
const HERE_GCJ = { latitude: 39.91334545536069, longitude: 116.38404722455657 }
const THERE = { latitude: 39.92, longitude: 116.39 }

type Fix = WechatMiniprogram.OnLocationChangeListenerResult

function running(options: RuntimeOptions = {}) {
  const rt = createRuntime({ scenario: 'granted', position: HERE, ...options })
  const fixes: Fix[] = []
  const listener = (fix: Fix) => void fixes.push(fix)
  rt.wx.onLocationChange(listener)
  return { rt, fixes, listener }
}

describe('wx.startLocationUpdate and wx.onLocationChange', () => {
  test('start → startLocationUpdate:ok, then listeners get a fix at once and one per move', async () => {
    const { rt, fixes } = running()
    await expect(rt.wx.startLocationUpdate({ type: 'wgs84' })).resolves.toEqual({ errMsg: 'startLocationUpdate:ok' })
    await rt.settle()
    expect(fixes).toHaveLength(1)
    expect(fixes[0]).toMatchObject(HERE)
    await rt.device.moveTo(THERE)
    expect(fixes).toHaveLength(2)
    expect(fixes[1]).toMatchObject(THERE)
  })

  test('a fix has the fields of OnLocationChangeListenerResult and no errMsg', async () => {
    const { rt, fixes } = running()
    await rt.wx.startLocationUpdate({ type: 'wgs84' })
    await rt.settle()
    expect(Object.keys(fixes[0]!).sort()).toEqual(['accuracy', 'altitude', 'horizontalAccuracy', 'latitude', 'longitude', 'speed', 'verticalAccuracy'])
  })

  test('coordinates are gcj02 unless wgs84 is asked ("GCJ02, 我们补充下文档", WeChat staff 2021-05-11; typings: 使用 gcj02 国测局坐标系)', async () => {
    const { rt, fixes } = running()
    await rt.wx.startLocationUpdate({})
    await rt.settle()
    expect(fixes[0]!.latitude).toBeCloseTo(HERE_GCJ.latitude, 9)
    expect(fixes[0]!.longitude).toBeCloseTo(HERE_GCJ.longitude, 9)
    await rt.wx.startLocationUpdate({ type: 'wgs84' })
    await rt.settle()
    expect(fixes[1]).toMatchObject(HERE)
  })

  test('no fix before start, and none without a move', async () => {
    const { rt, fixes } = running()
    await rt.device.moveTo(THERE)
    expect(fixes).toEqual([])
  })

  test('fixes arrive asynchronously, also under fake timers', async () => {
    vi.useFakeTimers()
    try {
      const { rt, fixes } = running()
      await rt.wx.startLocationUpdate({})
      const move = rt.device.moveTo(THERE)
      const countRightAfterMove = fixes.length
      await move
      expect(fixes.length).toBe(countRightAfterMove + 1)
    } finally {
      vi.useRealTimers()
    }
  })

  test('first use shows the scope.userLocation dialog; refused → startLocationUpdate:fail auth deny and no fixes', async () => {
    const rt = createRuntime({ user: { authorize: 'deny' } })
    const listener = vi.fn()
    rt.wx.onLocationChange(listener)
    await expect(rt.wx.startLocationUpdate({})).rejects.toEqual({ errMsg: 'startLocationUpdate:fail auth deny', errno: 103 })
    expect(rt.prompts).toEqual([{ kind: 'authorize', scope: 'scope.userLocation', api: 'startLocationUpdate', answer: 'deny' }])
    await rt.device.moveTo(THERE)
    expect(listener).not.toHaveBeenCalled()
  })

  test('onLocationChange ignores a listener that is not a function', () => {
    const rt = createRuntime()
    expect(() => rt.wx.onLocationChange(undefined as never)).not.toThrow()
  })
})

describe('wx.offLocationChange', () => {
  test('removes the listener it is given, keeps the others', async () => {
    const { rt, fixes, listener } = running()
    const other = vi.fn()
    rt.wx.onLocationChange(other)
    await rt.wx.startLocationUpdate({})
    await rt.settle()
    rt.wx.offLocationChange(listener)
    await rt.device.moveTo(THERE)
    expect(fixes).toHaveLength(1)
    expect(other).toHaveBeenCalledTimes(2)
  })

  test('without an argument removes every listener ("不传此参数则移除所有监听函数")', async () => {
    const { rt, fixes } = running()
    const other = vi.fn()
    rt.wx.onLocationChange(other)
    await rt.wx.startLocationUpdate({})
    await rt.settle()
    rt.wx.offLocationChange()
    await rt.device.moveTo(THERE)
    expect(fixes).toHaveLength(1)
    expect(other).toHaveBeenCalledTimes(1)
  })
})

describe('wx.stopLocationUpdate', () => {
  test('stops the fixes; start again resumes them', async () => {
    const { rt, fixes } = running()
    await rt.wx.startLocationUpdate({})
    expect(fixes).toHaveLength(1)
    await expect(rt.wx.stopLocationUpdate({})).resolves.toEqual({ errMsg: 'stopLocationUpdate:ok' })
    await rt.device.moveTo(THERE)
    expect(fixes).toHaveLength(1)
    await rt.wx.startLocationUpdate({})
    await rt.device.moveTo(HERE)
    expect(fixes).toHaveLength(3)
  })

  test('stopping when nothing runs is fine', async () => {
    const rt = createRuntime()
    await expect(rt.wx.stopLocationUpdate()).resolves.toEqual({ errMsg: 'stopLocationUpdate:ok' })
  })
})

describe('a revocation in the settings page stops the updates', () => {
  test("rt.user.changeSettings({ 'scope.userLocation': false }) from the menu", async () => {
    const { rt, fixes } = running()
    await rt.wx.startLocationUpdate({})
    await rt.settle()
    rt.user.changeSettings({ 'scope.userLocation': false })
    await rt.device.moveTo(THERE)
    expect(fixes).toHaveLength(1)
    expect(rt.timeline()).toContain('location updates stopped')
    // Turning it back on does not restart them: the app must call startLocationUpdate again.
    rt.user.changeSettings({ 'scope.userLocation': true })
    await rt.device.moveTo(HERE)
    expect(fixes).toHaveLength(1)
    await rt.wx.startLocationUpdate({})
    await rt.settle()
    expect(fixes).toHaveLength(2)
  })

  test('wx.openSetting with the switch turned off; a restart then fails with auth deny', async () => {
    const { rt, fixes } = running({ user: { settings: { 'scope.userLocation': false } } })
    await rt.wx.startLocationUpdate({})
    await rt.settle()
    await rt.tap(() => rt.wx.openSetting())
    await rt.device.moveTo(THERE)
    expect(fixes).toHaveLength(1)
    await expect(rt.wx.startLocationUpdate({})).rejects.toMatchObject({ errMsg: 'startLocationUpdate:fail auth deny' })
  })
})

describe('foreground only: "开启小程序进入前台时接收位置消息" (startLocationUpdate doc, H)', () => {
  test('no fix while the settings page covers the mini program; fixes again once it is shown', async () => {
    const { rt, fixes } = running({ onUnansweredPrompt: 'wait' })
    await rt.wx.startLocationUpdate({})
    await rt.settle()
    const call = rt.tap(() => rt.wx.openSetting())
    const page = await rt.user.nextPrompt()
    await rt.device.moveTo(THERE)
    expect(fixes).toHaveLength(1)
    page.respond({})
    await call
    await rt.device.moveTo(HERE)
    expect(fixes).toHaveLength(2)
    expect(fixes[1]).toMatchObject(HERE_GCJ)
  })

  test('startLocationUpdateBackground keeps reporting while the app is covered ("前后台时均可接收位置消息", H)', async () => {
    const { rt, fixes } = running({
      scenario: { auth: { 'scope.userLocation': 'granted', 'scope.userLocationBackground': 'granted' } },
      appJson: { requiredBackgroundModes: ['location'], requiredPrivateInfos: ['startLocationUpdateBackground'] },
      onUnansweredPrompt: 'wait',
    })
    await rt.wx.startLocationUpdateBackground({})
    await rt.settle()
    const call = rt.tap(() => rt.wx.openSetting())
    const page = await rt.user.nextPrompt()
    await rt.device.moveTo(THERE)
    expect(fixes).toHaveLength(2)
    page.respond({})
    await call
  })
})
