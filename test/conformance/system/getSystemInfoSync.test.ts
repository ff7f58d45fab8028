import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'
import { useApp } from '../../host/support.ts'
import { PLATFORMS } from '../../../src/runtime/device/platforms.ts'

// wx.getSystemInfoSync.html, wx.getWindowInfo.html, wx.getDeviceInfo.html, wx.getAppBaseInfo.html (typings, H);
// the iPhone 14 Pro Max capture and the DevTools 'iPhone 6/7/8' profile: device/system-profiles.ts.

const NAV_APP = fileURLToPath(new URL('./fixtures/nav-app', import.meta.url))
const startApp = useApp(NAV_APP)

describe('app.js reads the system info first thing', () => {
  test('a custom navigation bar measured in App.onLaunch: status bar + capsule band (iPhone: 54 + 40)', async () => {
    const rt = startApp()
    const page = await rt.open('pages/index/index')
    // (menu.top − statusBarHeight) × 2 + menu.height = (58 − 54) × 2 + 32
    expect(rt.app.instance!.globalData).toMatchObject({ statusBarHeight: 54, navHeight: 40, capsuleSpace: 94, isIOS: true })
    expect(page.data.navHeight).toBe(94)
  })

  test('the same app on Android: a taller band from the 48 px navigation bar', async () => {
    const rt = startApp({ platform: 'android' })
    await rt.open('pages/index/index')
    const { statusBarHeight } = rt.wx.getWindowInfo()
    expect(rt.app.instance!.globalData).toMatchObject({ statusBarHeight, navHeight: 48, isIOS: false })
  })

  test('a test sets the phone: createRuntime({ system: { model, screenWidth } }) moves the capsule with the screen', async () => {
    const rt = startApp({ system: { model: 'iPhone 15<iPhone15,4>', screenWidth: 393, screenHeight: 852, statusBarHeight: 47 } })
    await rt.open('pages/index/index')
    expect(rt.wx.getDeviceInfo().model).toBe('iPhone 15<iPhone15,4>')
    expect(rt.wx.getMenuButtonBoundingClientRect()).toEqual({ top: 51, left: 299, right: 386, bottom: 83, width: 87, height: 32 })
    expect(rt.app.instance!.globalData).toMatchObject({ statusBarHeight: 47, navHeight: 40, capsuleSpace: 94 })
  })
})

describe('the window under the navigation bar', () => {
  test('default navigation bar: the window starts under it (screenTop 98, windowHeight 834 on the capture)', () => {
    expect(createRuntime().wx.getWindowInfo()).toMatchObject({ screenTop: 98, windowHeight: 834, screenHeight: 932 })
  })

  test('"navigationStyle": "custom" in app.json: the page draws its own bar, the window is the whole screen', async () => {
    const rt = startApp()
    await rt.open('pages/index/index')
    expect(rt.wx.getWindowInfo()).toMatchObject({ screenTop: 0, windowHeight: 932, screenHeight: 932 })
  })
})

describe('wx.getSystemInfoSync on an iPhone (the capture)', () => {
  test('reports the iPhone 14 Pro Max as WeChat does: model with the hardware id, 430×932 @3, status bar 54', () => {
    const info = createRuntime().wx.getSystemInfoSync()
    expect(info).toMatchObject({
      brand: 'iPhone',
      model: 'iPhone 14 Pro Max<iPhone15,3>',
      system: 'iOS 17.1.2',
      platform: 'ios',
      pixelRatio: 3,
      screenWidth: 430,
      screenHeight: 932,
      windowWidth: 430,
      windowHeight: 834,
      statusBarHeight: 54,
      safeArea: { top: 59, left: 0, right: 430, bottom: 898, width: 430, height: 839 },
      language: 'zh_CN',
      fontSizeSetting: 17,
      benchmarkLevel: -1,
      deviceOrientation: 'portrait',
    })
  })

  test('SDKVersion and version come from the runtime: base library and WeChat version', () => {
    const info = createRuntime({ SDKVersion: '3.4.10', wechatVersion: '8.0.50' }).wx.getSystemInfoSync()
    expect(info.SDKVersion).toBe('3.4.10')
    expect(info.version).toBe('8.0.50')
  })

  test('the authorize fields are booleans over WeChat\'s OS permissions and switches', () => {
    const rt = createRuntime({ os: { location: 'denied' }, switches: { bluetooth: false } })
    const info = rt.wx.getSystemInfoSync()
    expect(info).toMatchObject({ locationAuthorized: false, cameraAuthorized: true, albumAuthorized: true, bluetoothEnabled: false, wifiEnabled: true })
    rt.device.os.set({ location: 'authorized' })
    expect(rt.wx.getSystemInfoSync().locationAuthorized).toBe(true)
  })

  test('album and notification details are iOS only: an Android phone leaves them out', () => {
    const info = createRuntime({ platform: 'android' }).wx.getSystemInfoSync() as unknown as Record<string, unknown>
    expect(info).not.toHaveProperty('albumAuthorized')
    expect(info).not.toHaveProperty('notificationAlertAuthorized')
    expect(info).toMatchObject({ platform: 'android', abi: 'arm64-v8a', locationAuthorized: true })
  })

  test('theme only with "darkmode": true in app.json, else undefined', () => {
    expect(createRuntime().wx.getSystemInfoSync().theme).toBeUndefined()
    const dark = createRuntime({ appJson: { darkmode: true }, system: { theme: 'dark' } })
    expect(dark.wx.getSystemInfoSync().theme).toBe('dark')
    expect(dark.wx.getAppBaseInfo().theme).toBe('dark')
  })
})

describe('wx.getSystemInfo / wx.getSystemInfoAsync', () => {
  test('getSystemInfo has a Promise form and resolves the same object with getSystemInfo:ok', async () => {
    const rt = createRuntime()
    const res = await rt.wx.getSystemInfo()
    expect(res).toEqual({ ...rt.wx.getSystemInfoSync(), errMsg: 'getSystemInfo:ok' })
  })

  test('getSystemInfoAsync: callbacks only ("以 Promise 风格 调用：不支持"), getSystemInfoAsync:ok', async () => {
    const rt = createRuntime()
    const res = await new Promise<{ errMsg: string; model: string }>((resolve) => rt.wx.getSystemInfoAsync({ success: (r) => resolve(r as unknown as { errMsg: string; model: string }) }))
    expect(res.errMsg).toBe('getSystemInfoAsync:ok')
    expect(res.model).toBe(rt.wx.getDeviceInfo().model)
    expect(rt.wx.getSystemInfoAsync({} as never)).toBeUndefined()
  })
})

describe.each(PLATFORMS)('on %s the info APIs agree with each other', (platform) => {
  test('getSystemInfoSync = getWindowInfo + getDeviceInfo + getAppBaseInfo + getSystemSetting', () => {
    const rt = createRuntime({ platform })
    const info = rt.wx.getSystemInfoSync() as unknown as Record<string, unknown>
    expect(info).toMatchObject(rt.wx.getWindowInfo() as unknown as Record<string, unknown>)
    expect(info).toMatchObject(rt.wx.getDeviceInfo() as unknown as Record<string, unknown>)
    expect(info).toMatchObject(rt.wx.getAppBaseInfo() as unknown as Record<string, unknown>)
    expect(info).toMatchObject(rt.wx.getSystemSetting() as unknown as Record<string, unknown>)
    expect(info.platform).toBe(platform)
    expect(info.SDKVersion).toBe(rt.device.SDKVersion)
    expect(info.version).toBe(rt.device.wechatVersion)
  })

  test('each getAppAuthorizeSetting permission is a getSystemInfoSync boolean: true exactly when authorized', () => {
    const rt = createRuntime({ platform, os: { camera: 'denied' } })
    const info = rt.wx.getSystemInfoSync() as unknown as Record<string, unknown>
    const setting = rt.wx.getAppAuthorizeSetting() as unknown as Record<string, unknown>
    for (const [key, value] of Object.entries(setting)) {
      if (key === 'locationReducedAccuracy') expect(info[key], key).toBe(value)
      else expect(info[key], key).toBe(value === 'authorized')
    }
    expect(info.cameraAuthorized).toBe(false)
  })

  test('the capsule lies inside the window, under the status bar; the safe area inside the screen', () => {
    const rt = createRuntime({ platform })
    const w = rt.wx.getWindowInfo()
    const m = rt.wx.getMenuButtonBoundingClientRect()
    expect(m.top).toBeGreaterThanOrEqual(w.statusBarHeight)
    expect(m.right).toBeLessThanOrEqual(w.windowWidth)
    expect(m.right - m.left).toBe(m.width)
    expect(m.bottom - m.top).toBe(m.height)
    expect(w.safeArea.bottom).toBeLessThanOrEqual(w.screenHeight)
    expect(w.windowHeight).toBeLessThanOrEqual(w.screenHeight)
  })
})

describe('the device profile option', () => {
  test('DevTools reports its simulator: brand devtools, iPhone 6/7/8, the capsule at 24/281', () => {
    const rt = createRuntime({ platform: 'devtools' })
    expect(rt.wx.getDeviceInfo()).toMatchObject({ brand: 'devtools', model: 'iPhone 6/7/8', platform: 'devtools' })
    expect(rt.wx.getMenuButtonBoundingClientRect()).toEqual({ top: 24, left: 281, right: 368, bottom: 56, width: 87, height: 32 })
  })

  test('a field the profile does not have, or a wrong type, fails createRuntime with the list of fields', () => {
    expect(() => createRuntime({ system: { screenwidth: 393 } as never })).toThrow(/unknown field "screenwidth"[\s\S]*screenWidth/)
    expect(() => createRuntime({ system: { screenWidth: '393' as never } })).toThrow(FakeWxError)
    expect(() => createRuntime({ system: { theme: 'blue' as never } })).toThrow(/theme must be 'light' or 'dark'/)
  })

  test('getWindowInfo needs base library 2.20.1: older ones have only getSystemInfoSync', () => {
    const wx = createRuntime({ SDKVersion: '2.19.4' }).wx as unknown as Record<string, unknown>
    expect(wx.getWindowInfo).toBeUndefined()
    expect(typeof wx.getSystemInfoSync).toBe('function')
  })
})
