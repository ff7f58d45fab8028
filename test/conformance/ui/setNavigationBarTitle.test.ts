// The navigation bar of a page. https://developers.weixin.qq.com/miniprogram/dev/api/ui/navigation-bar/wx.setNavigationBarTitle.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { useShop } from './shop.ts'

const start = useShop()

describe('wx.setNavigationBarTitle', () => {
  test("the bar starts from the page json over app.json window (navigationBarTitleText, text style, background)", async () => {
    const rt = start()
    const cart = await rt.open('pages/cart/index')
    // cart.json sets only the title; the colors come from app.json "window"
    expect(cart.navigationBar).toEqual({ title: '购物车', frontColor: '#000000', backgroundColor: '#ffffff', loading: false, homeButton: true })
    const home = await rt.open('pages/home/index')
    expect(home.navigationBar.title).toBe('小店')
  })

  test('sets the title of the page it was called from; the loading shows meanwhile', async () => {
    const rt = start()
    const page = await rt.open('pages/detail/index', { query: { id: '42' } })
    expect(page.navigationBar).toMatchObject({ title: '商品 42', frontColor: '#ffffff', backgroundColor: '#07c160', loading: false })
    expect(rt.ui.navigationBar.title).toBe('商品 42')
    expect(rt.timeline()).toContain('navigation bar of pages/detail/index: loading shown')
  })

  test('without a page it sets a default bar', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setNavigationBarTitle({ title: '设置' })).resolves.toEqual({ errMsg: 'setNavigationBarTitle:ok' })
    expect(rt.ui.navigationBar).toMatchObject({ title: '设置', frontColor: '#ffffff', backgroundColor: '#000000' })
  })

  test('title is required: the parameter error (research §2.4)', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setNavigationBarTitle({} as never)).rejects.toEqual({
      errMsg: 'setNavigationBarTitle:fail parameter error: parameter.title should be String instead of Undefined;',
      errno: 1001,
    })
  })

  test('appJson given without an app folder: its window sets the default bar', async () => {
    const rt = createRuntime({ appJson: { window: { navigationBarTitleText: '首页', navigationBarTextStyle: 'black', navigationBarBackgroundColor: '#f8f8f8' } } })
    expect(rt.ui.navigationBar).toMatchObject({ title: '首页', frontColor: '#000000', backgroundColor: '#f8f8f8' })
  })
})
