import { describe, expect, test } from 'vitest'
import { useApp } from './support.ts'

// Route APIs over the page stack, with the client's failure texts (each cited in src/runtime/host/navigation.ts).
const start = useApp()

describe('failures, worded as the client words them', () => {
  test('a page app.json does not list: the url resolved against the current page, query kept', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await expect(rt.wx.navigateTo({ url: 'pages/c/index?x=1' })).rejects.toEqual({
      errMsg: 'navigateTo:fail page "pages/a/pages/c/index?x=1" is not found',
    })
    await expect(rt.wx.navigateTo({ url: '/pages/zzz/index' })).rejects.toEqual({ errMsg: 'navigateTo:fail page "pages/zzz/index" is not found' })
    await expect(rt.wx.redirectTo({ url: '/nope' })).rejects.toEqual({ errMsg: 'redirectTo:fail page "nope" is not found' })
  })

  test('navigateTo / redirectTo cannot open a tab page; switchTab only opens tab pages', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await expect(rt.wx.navigateTo({ url: '/pages/b/index' })).rejects.toEqual({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' })
    await expect(rt.wx.redirectTo({ url: '/pages/b/index' })).rejects.toEqual({ errMsg: 'redirectTo:fail can not redirectTo a tabbar page' })
    await expect(rt.wx.switchTab({ url: '/pages/c/index' })).rejects.toEqual({ errMsg: 'switchTab:fail can not switch to no-tabBar page' })
  })

  test('navigateBack on the first page', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await expect(rt.wx.navigateBack()).rejects.toEqual({ errMsg: 'navigateBack:fail cannot navigate back at first page.' })
  })

  test('the page stack holds ten pages at most ("小程序中页面栈最多十层")', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    for (let i = 1; i < 10; i++) await rt.wx.navigateTo({ url: `/pages/c/index?i=${i}` })
    expect(rt.currentPages()).toHaveLength(10)
    await expect(rt.wx.navigateTo({ url: '/pages/d/index' })).rejects.toEqual({ errMsg: 'navigateTo:fail webview count limit exceed' })
    await expect(rt.wx.redirectTo({ url: '/pages/d/index' })).resolves.toEqual({ errMsg: 'redirectTo:ok' })
  })

  test('a missing url is a parameter error', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await expect(rt.wx.navigateTo({} as never)).rejects.toMatchObject({
      errMsg: 'navigateTo:fail parameter error: parameter.url should be String instead of Undefined;',
    })
  })

  test('callbacks: fail then complete, as for every async API', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    const seen: string[] = []
    rt.wx.navigateTo({ url: '/pages/b/index', fail: (e) => seen.push(e.errMsg), complete: () => seen.push('complete') })
    await rt.settle()
    expect(seen).toEqual(['navigateTo:fail can not navigateTo a tabbar page', 'complete'])
  })
})

describe('two navigations at once (a double tap)', () => {
  test('both pages open, in call order, each file loaded once', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await Promise.all([rt.wx.navigateTo({ url: '/pages/c/index?i=1' }), rt.wx.navigateTo({ url: '/pages/d/index' })])
    expect(rt.currentPages().map((p) => p.route)).toEqual(['pages/a/index', 'pages/c/index', 'pages/d/index'])
  })
})

describe('the EventChannel between a page and the page it opened', () => {
  test('events listen for the opened page; res.eventChannel.emit reaches getOpenerEventChannel() listeners', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    const heard: unknown[] = []
    const res = await rt.wx.navigateTo({ url: '/pages/c/index', events: { fromOpened: (data: unknown) => heard.push(data) } })
    res.eventChannel.emit('fromOpener', 'hi')
    const c = rt.currentPage()!
    expect(c.data.events).toEqual(['hi'])
    await c.tap('sendToOpener')
    expect(heard).toEqual([{ hello: 'opener' }])
  })
})

describe('without a page', () => {
  test('a route API before rt.open: a FakeWxError that says to open the app', async () => {
    const rt = start()
    await expect(rt.wx.navigateTo({ url: '/pages/a/index' })).rejects.toThrow('No page is open')
  })
})
