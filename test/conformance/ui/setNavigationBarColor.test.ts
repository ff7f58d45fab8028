// https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.setNavigationBarColor.html and the bar's
// loading and home button (wx.showNavigationBarLoading, wx.hideNavigationBarLoading, wx.hideHomeButton).
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.setNavigationBarColor', () => {
  test('sets front and background colors, with the animation asked', async () => {
    const rt = createRuntime()
    await expect(
      rt.wx.setNavigationBarColor({ frontColor: '#ffffff', backgroundColor: '#ff0000', animation: { duration: 400, timingFunc: 'easeIn' } }),
    ).resolves.toEqual({ errMsg: 'setNavigationBarColor:ok' })
    expect(rt.ui.navigationBar).toMatchObject({ frontColor: '#ffffff', backgroundColor: '#ff0000', animation: { duration: 400, timingFunc: 'easeIn' } })
  })

  test('frontColor other than #ffffff / #000000 fails ("仅支持 #ffffff 和 #000000"), the bar unchanged', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setNavigationBarColor({ frontColor: '#333333', backgroundColor: '#ffffff' })).rejects.toEqual({
      errMsg: 'setNavigationBarColor:fail invalid frontColor "#333333"',
    })
    expect(rt.ui.navigationBar.frontColor).toBe('#ffffff')
  })

  test('a backgroundColor that is no colour: fail:invalid color (Android client text)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setNavigationBarColor({ frontColor: '#000000', backgroundColor: 'red-ish' })).rejects.toEqual({
      errMsg: 'setNavigationBarColor:fail:invalid color',
    })
  })

  test('both colors are required', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setNavigationBarColor({ frontColor: '#000000' } as never)).rejects.toEqual({
      errMsg: 'setNavigationBarColor:fail parameter error: parameter.backgroundColor should be String instead of Undefined;',
      errno: 1001,
    })
  })
})

describe('the navigation bar loading and home button', () => {
  test('showNavigationBarLoading shows the loading until hideNavigationBarLoading', async () => {
    const rt = createRuntime()
    await expect(rt.wx.showNavigationBarLoading()).resolves.toEqual({ errMsg: 'showNavigationBarLoading:ok' })
    expect(rt.ui.navigationBar.loading).toBe(true)
    await expect(rt.wx.hideNavigationBarLoading()).resolves.toEqual({ errMsg: 'hideNavigationBarLoading:ok' })
    expect(rt.ui.navigationBar.loading).toBe(false)
  })

  test('hideHomeButton hides the home button', async () => {
    const rt = createRuntime()
    await expect(rt.wx.hideHomeButton()).resolves.toEqual({ errMsg: 'hideHomeButton:ok' })
    expect(rt.ui.navigationBar.homeButton).toBe(false)
  })
})
