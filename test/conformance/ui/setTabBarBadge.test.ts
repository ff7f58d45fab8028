// The tab bar APIs. https://developers.weixin.qq.com/miniprogram/dev/api/ui/tab-bar/wx.setTabBarBadge.html
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { useShop } from './shop.ts'

const start = useShop()

describe('wx.setTabBarBadge', () => {
  test('a tab page sets the badge of an item', async () => {
    const rt = start()
    const cart = await rt.open('pages/cart/index')
    expect(cart.data.badge).toBe('setTabBarBadge:ok')
    expect(rt.ui.tabBar?.items[1]).toEqual({ pagePath: 'pages/cart/index', text: '购物车', badge: '3', badgeShown: '3', redDot: false })
  })

  test('from a page that is not a tab page: setTabBarBadge:fail not TabBar page (iOS, DevTools)', async () => {
    const rt = start()
    const detail = await rt.open('pages/detail/index')
    await detail.tap('addToCart')
    expect(detail.data.badgeError).toBe('setTabBarBadge:fail not TabBar page')
    expect(rt.ui.tabBar?.items[1]?.badge).toBeUndefined()
  })

  test('Android words it with a colon: setTabBarBadge:fail:not TabBar page', async () => {
    const rt = start({ platform: 'android' })
    const detail = await rt.open('pages/detail/index')
    await detail.tap('addToCart')
    expect(detail.data.badgeError).toBe('setTabBarBadge:fail:not TabBar page')
  })

  test('an app without tabBar: every page fails the same way', async () => {
    const rt = createRuntime()
    await expect(rt.wx.setTabBarBadge({ index: 0, text: '1' })).rejects.toEqual({ errMsg: 'setTabBarBadge:fail not TabBar page' })
    expect(rt.ui.tabBar).toBeUndefined()
  })

  test('an index outside tabBar.list: setTabBarBadge:fail tabbar item not found', async () => {
    const rt = start()
    await rt.open('pages/home/index')
    await expect(rt.wx.setTabBarBadge({ index: 2, text: '1' })).rejects.toEqual({ errMsg: 'setTabBarBadge:fail tabbar item not found' })
  })

  test('more than 4 characters show as "..." ("超过 4 个字符则显示成 ...")', async () => {
    const rt = start()
    await rt.open('pages/home/index')
    await rt.wx.setTabBarBadge({ index: 0, text: '99999' })
    expect(rt.ui.tabBar?.items[0]).toMatchObject({ badge: '99999', badgeShown: '...' })
    await rt.wx.setTabBarBadge({ index: 0, text: '99+' })
    expect(rt.ui.tabBar?.items[0]).toMatchObject({ badge: '99+', badgeShown: '99+' })
  })

  test('text must be a string: a number is a parameter error', async () => {
    const rt = start()
    await rt.open('pages/home/index')
    await expect(rt.wx.setTabBarBadge({ index: 0, text: 3 } as never)).rejects.toEqual({
      errMsg: 'setTabBarBadge:fail parameter error: parameter.text should be String instead of Number;',
      errno: 1001,
    })
  })
})

describe('removeTabBarBadge, the red dot', () => {
  test('removeTabBarBadge clears the badge', async () => {
    const rt = start()
    await rt.open('pages/cart/index')
    await expect(rt.wx.removeTabBarBadge({ index: 1 })).resolves.toEqual({ errMsg: 'removeTabBarBadge:ok' })
    expect(rt.ui.tabBar?.items[1]).toEqual({ pagePath: 'pages/cart/index', text: '购物车', redDot: false })
  })

  test('the red dot takes the badge spot; hideTabBarRedDot clears it', async () => {
    const rt = start()
    await rt.open('pages/cart/index')
    await expect(rt.wx.showTabBarRedDot({ index: 1 })).resolves.toEqual({ errMsg: 'showTabBarRedDot:ok' })
    expect(rt.ui.tabBar?.items[1]).toMatchObject({ redDot: true })
    expect(rt.ui.tabBar?.items[1]?.badge).toBeUndefined()
    await expect(rt.wx.hideTabBarRedDot({ index: 1 })).resolves.toEqual({ errMsg: 'hideTabBarRedDot:ok' })
    expect(rt.ui.tabBar?.items[1]?.redDot).toBe(false)
  })

  test('from a non-tab page they fail as setTabBarBadge does', async () => {
    const rt = start()
    await rt.open('pages/detail/index')
    await expect(rt.wx.removeTabBarBadge({ index: 1 })).rejects.toEqual({ errMsg: 'removeTabBarBadge:fail not TabBar page' })
    await expect(rt.wx.showTabBarRedDot({ index: 1 })).rejects.toEqual({ errMsg: 'showTabBarRedDot:fail not TabBar page' })
  })
})

describe('showTabBar / hideTabBar / setTabBarStyle / setTabBarItem', () => {
  test('a tab page hides and shows the tab bar', async () => {
    const rt = start()
    const home = await rt.open('pages/home/index')
    await home.tap('hideBar')
    expect(home.data.error).toBe('hideTabBar:ok')
    expect(rt.ui.tabBar?.visible).toBe(false)
    await rt.wx.showTabBar({})
    expect(rt.ui.tabBar?.visible).toBe(true)
  })

  test('hideTabBar from a non-tab page: hideTabBar:fail not TabBar page', async () => {
    const rt = start()
    await rt.open('pages/detail/index')
    await expect(rt.wx.hideTabBar({})).rejects.toEqual({ errMsg: 'hideTabBar:fail not TabBar page' })
  })

  test('setTabBarStyle starts from app.json tabBar and changes what is given', async () => {
    const rt = start()
    await rt.open('pages/home/index')
    expect(rt.ui.tabBar?.style).toEqual({ color: '#999999', selectedColor: '#07c160' })
    await expect(rt.wx.setTabBarStyle({ backgroundColor: '#000000', borderStyle: 'white' })).resolves.toEqual({ errMsg: 'setTabBarStyle:ok' })
    expect(rt.ui.tabBar?.style).toEqual({ color: '#999999', selectedColor: '#07c160', backgroundColor: '#000000', borderStyle: 'white' })
  })

  test('setTabBarItem changes an item; index out of range fails', async () => {
    const rt = start()
    await rt.open('pages/home/index')
    await rt.wx.setTabBarItem({ index: 0, text: '发现', iconPath: '/icons/find.png' })
    expect(rt.ui.tabBar?.items[0]).toMatchObject({ text: '发现', iconPath: '/icons/find.png' })
    await expect(rt.wx.setTabBarItem({ index: -1, text: 'x' })).rejects.toEqual({ errMsg: 'setTabBarItem:fail tabbar item not found' })
  })
})
