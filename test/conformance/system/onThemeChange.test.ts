import { describe, expect, test, vi } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// wx.onThemeChange.html ("只有在全局配置"darkmode": true时才会触发此事件"), wx.onWindowResize.html (typings, H).

describe('wx.onThemeChange', () => {
  test('with "darkmode": true the app hears the switch to dark, and getAppBaseInfo reports it', async () => {
    const rt = createRuntime({ appJson: { darkmode: true } })
    const heard = vi.fn()
    rt.wx.onThemeChange(heard)
    await rt.device.system.setTheme('dark')
    expect(heard).toHaveBeenCalledWith({ theme: 'dark' })
    expect(rt.wx.getAppBaseInfo().theme).toBe('dark')
    expect(rt.wx.getSystemInfoSync().theme).toBe('dark')
  })

  test('without darkmode in app.json no event fires and theme stays undefined', async () => {
    const rt = createRuntime()
    const heard = vi.fn()
    rt.wx.onThemeChange(heard)
    await rt.device.system.setTheme('dark')
    expect(heard).not.toHaveBeenCalled()
    expect(rt.wx.getAppBaseInfo().theme).toBeUndefined()
  })

  test('offThemeChange removes the listener', async () => {
    const rt = createRuntime({ appJson: { darkmode: true } })
    const heard = vi.fn()
    rt.wx.onThemeChange(heard)
    rt.wx.offThemeChange(heard)
    await rt.device.system.setTheme('dark')
    expect(heard).not.toHaveBeenCalled()
  })
})

describe('wx.onWindowResize', () => {
  test('a rotation: listeners get { size: { windowWidth, windowHeight } } and getWindowInfo reports the new size', async () => {
    const rt = createRuntime()
    const heard = vi.fn()
    rt.wx.onWindowResize(heard)
    await rt.device.system.resizeWindow({ windowWidth: 932, windowHeight: 430 })
    expect(heard).toHaveBeenCalledWith({ size: { windowWidth: 932, windowHeight: 430 } })
    expect(rt.wx.getWindowInfo()).toMatchObject({ windowWidth: 932, windowHeight: 430 })
    expect(rt.wx.getSystemInfoSync()).toMatchObject({ windowWidth: 932, windowHeight: 430 })
  })

  test('offWindowResize() without a listener removes all', async () => {
    const rt = createRuntime()
    const heard = vi.fn()
    rt.wx.onWindowResize(heard)
    rt.wx.offWindowResize()
    await rt.device.system.resizeWindow({ windowWidth: 500, windowHeight: 800 })
    expect(heard).not.toHaveBeenCalled()
  })
})
