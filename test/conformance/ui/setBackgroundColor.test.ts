// https://developers.weixin.qq.com/miniprogram/dev/api/ui/background/wx.setBackgroundColor.html and wx.setBackgroundTextStyle
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

describe('wx.setBackgroundColor / wx.setBackgroundTextStyle', () => {
  test('start from the window defaults (#ffffff, dark) and change the top page\'s background', async () => {
    const rt = createRuntime()
    expect(rt.ui.background).toEqual({ backgroundColor: '#ffffff', textStyle: 'dark' })
    await expect(rt.wx.setBackgroundColor({ backgroundColor: '#f5f5f5', backgroundColorTop: '#ffffff' })).resolves.toEqual({ errMsg: 'setBackgroundColor:ok' })
    await expect(rt.wx.setBackgroundTextStyle({ textStyle: 'light' })).resolves.toEqual({ errMsg: 'setBackgroundTextStyle:ok' })
    expect(rt.ui.background).toEqual({ backgroundColor: '#f5f5f5', backgroundColorTop: '#ffffff', textStyle: 'light' })
  })

  test('backgroundColorTop / Bottom are iOS only ("仅 iOS 支持")', async () => {
    const rt = createRuntime({ platform: 'android' })
    await rt.wx.setBackgroundColor({ backgroundColorTop: '#000000', backgroundColorBottom: '#000000' })
    expect(rt.ui.background).toEqual({ backgroundColor: '#ffffff', textStyle: 'dark' })
  })

  test('textStyle is required', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setBackgroundTextStyle({} as never)).rejects.toEqual({
      errMsg: 'setBackgroundTextStyle:fail parameter error: parameter.textStyle should be String instead of Undefined;',
      errno: 1001,
    })
  })
})
