import { describe, expect, test } from 'vitest'
import { logOf, logSince, useApp } from './support.ts'

// Orders from the client's route doc (framework/app-service/route.html: "路由前页面 / 路由后页面" and the
// tab-switch table) and the app/page lifecycle docs (App onLaunch → onShow; Page onLoad → onShow → onReady;
// background: page onHide then App onHide; foreground: App onShow then page onShow).
const start = useApp()

describe('cold start', () => {
  test('App onLaunch → App onShow → page onLoad(query) → onShow → onReady', async () => {
    const rt = start()
    const page = await rt.open('pages/a/index', { query: { id: '7' } })
    expect(logOf(rt)).toEqual(['app.onLaunch', 'app.onShow', 'a.onLoad', 'a.onShow', 'a.onReady'])
    const args = rt.app.instance!.globalData as { args: Record<string, unknown> }
    expect(args.args['a.onLoad']).toEqual({ id: '7' })
    expect(args.args['app.onLaunch']).toMatchObject({ path: 'pages/a/index', query: { id: '7' }, scene: 1001 })
    expect(page.state).toBe('shown')
    expect(page.options).toEqual({ id: '7' })
    expect(page.query.id).toBe('7')
  })

  test('a query in the path reaches onLoad as written (not decoded)', async () => {
    const rt = start()
    await rt.open('/pages/c/index?name=%E5%BA%97&x=1')
    expect((rt.app.instance!.globalData as { args: Record<string, unknown> }).args['c.onLoad']).toEqual({ name: '%E5%BA%97', x: '1' })
  })

  test('getApp() is the App instance, with its globalData and methods', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    expect((globalThis as unknown as { getApp(): unknown }).getApp()).toBe(rt.app.instance)
    expect(rt.app.launched).toBe(true)
  })

  test('opening a running app again re-launches: every page unloads, the new one loads', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await rt.currentPage()!.tap('toC')
    const since = logSince(rt)
    await rt.open('pages/d/index')
    expect(since()).toEqual(['c.onUnload', 'a.onUnload', 'd.onLoad', 'd.onShow', 'd.onReady'])
    expect(rt.currentPages().map((p) => p.route)).toEqual(['pages/d/index'])
  })
})

describe('navigation moves pages through their lifecycle', () => {
  test('navigateTo: old onHide, new onLoad → onShow → onReady; navigateBack: onUnload, then the previous onShow', async () => {
    const rt = start()
    const a = await rt.open('pages/a/index')
    const since = logSince(rt)
    await a.tap('toC')
    expect(since()).toEqual(['a.onHide', 'c.onLoad', 'c.onShow', 'c.onReady'])
    expect(a.state).toBe('hidden')
    const c = rt.currentPage()!
    expect(c.route).toBe('pages/c/index')
    expect(c.options).toEqual({ from: 'a' })

    const back = logSince(rt)
    await rt.wx.navigateBack()
    expect(back()).toEqual(['c.onUnload', 'a.onShow'])
    expect(c.state).toBe('unloaded')
    expect(rt.currentPage()).toBe(a)
  })

  test('getCurrentPages() lists the stack bottom first, as page instances with their route', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await rt.wx.navigateTo({ url: '/pages/c/index' })
    await rt.wx.navigateTo({ url: '/pages/d/index' })
    const pages = (globalThis as unknown as { getCurrentPages(): { route: string }[] }).getCurrentPages()
    expect(pages.map((p) => p.route)).toEqual(['pages/a/index', 'pages/c/index', 'pages/d/index'])
    expect(pages[2]).toBe(rt.currentPage()!.instance)
  })

  test('navigateBack with delta unloads top first and shows the target once', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await rt.wx.navigateTo({ url: '/pages/c/index' })
    await rt.wx.navigateTo({ url: '/pages/d/index' })
    const since = logSince(rt)
    await rt.wx.navigateBack({ delta: 5 }) // "如果 delta 大于现有页面数，则返回到首页"
    expect(since()).toEqual(['d.onUnload', 'c.onUnload', 'a.onShow'])
  })

  test('redirectTo: old onUnload, new onLoad → onShow → onReady, same depth', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await rt.wx.navigateTo({ url: '/pages/c/index' })
    const since = logSince(rt)
    await rt.wx.redirectTo({ url: '/pages/d/index' })
    expect(since()).toEqual(['c.onUnload', 'd.onLoad', 'd.onShow', 'd.onReady'])
    expect(rt.currentPages().map((p) => p.route)).toEqual(['pages/a/index', 'pages/d/index'])
  })

  test('reLaunch unloads every page, top first, and opens one', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    await rt.wx.navigateTo({ url: '/pages/c/index' })
    const since = logSince(rt)
    await rt.wx.reLaunch({ url: '/pages/d/index?k=v' })
    expect(since()).toEqual(['c.onUnload', 'a.onUnload', 'd.onLoad', 'd.onShow', 'd.onReady'])
    expect({ ...rt.currentPage()!.query }).toEqual({ k: 'v' })
  })

  test('switchTab follows the route doc table: A→B, B→A again, C→A, D→B', async () => {
    const rt = start()
    const a = await rt.open('pages/a/index')
    let since = logSince(rt)
    await a.tap('toB') // A → B: A.onHide(), B.onLoad(), B.onShow()
    expect(since()).toEqual(['a.onHide', 'b.onLoad', 'b.onShow', 'b.onReady'])
    since = logSince(rt)
    await rt.currentPage()!.tap('toA') // B → A (opened before): B.onHide(), A.onShow()
    expect(since()).toEqual(['b.onHide', 'a.onShow'])
    expect(rt.currentPage()).toBe(a)

    await a.tap('toC')
    since = logSince(rt)
    await rt.wx.switchTab({ url: '/pages/a/index' }) // C → A: C.onUnload(), A.onShow()
    expect(since()).toEqual(['c.onUnload', 'a.onShow'])

    await a.tap('toC')
    await rt.wx.navigateTo({ url: '/pages/d/index' })
    since = logSince(rt)
    await rt.wx.switchTab({ url: '/pages/b/index' }) // D → B: D.onUnload(), C.onUnload(), B.onShow()
    expect(since()).toEqual(['d.onUnload', 'c.onUnload', 'b.onShow'])
    expect(rt.currentPages().map((p) => p.route)).toEqual(['pages/b/index'])
  })

  test('switchTab to the tab on screen does nothing ("Nothing happend")', async () => {
    const rt = start()
    await rt.open('pages/a/index')
    const since = logSince(rt)
    await expect(rt.wx.switchTab({ url: '/pages/a/index' })).resolves.toEqual({ errMsg: 'switchTab:ok' })
    expect(since()).toEqual([])
  })
})

describe('the settings page covers the app: onHide, then onShow', () => {
  test('rt.user.changeSettings: page onHide → App onHide, then App onShow → page onShow', async () => {
    const rt = start({ scenario: 'granted', scopes: ['scope.userLocation'] })
    await rt.open('pages/a/index')
    await rt.wx.navigateTo({ url: '/pages/c/index' })
    const since = logSince(rt)
    rt.user.changeSettings({ 'scope.userLocation': false })
    expect(since()).toEqual(['c.onHide', 'app.onHide', 'app.onShow', 'c.onShow'])
  })

  test('wx.openSetting from a tap: the same round trip, before openSetting succeeds', async () => {
    const rt = start({ scenario: 'granted', scopes: ['scope.userLocation'], user: { settings: {} } })
    await rt.open('pages/a/index')
    const since = logSince(rt)
    const result = await rt.tap(() => rt.wx.openSetting())
    expect(result.errMsg).toBe('openSetting:ok')
    expect(since()).toEqual(['a.onHide', 'app.onHide', 'app.onShow', 'a.onShow'])
  })

  test('wx.onAppHide / wx.onAppShow listeners run with App.onHide / App.onShow, the show one with the launch options', async () => {
    const rt = start({ scenario: 'granted', scopes: ['scope.userLocation'] })
    await rt.open('pages/a/index', { query: { q: '1' } })
    const seen: unknown[] = []
    const onShow = (o: unknown) => seen.push(['show', o])
    rt.wx.onAppHide(() => seen.push('hide'))
    rt.wx.onAppShow(onShow)
    rt.user.changeSettings({ 'scope.userLocation': false })
    expect(seen).toEqual(['hide', ['show', expect.objectContaining({ path: 'pages/a/index', query: { q: '1' }, scene: 1001 })]])
    rt.wx.offAppShow(onShow)
    rt.wx.offAppHide()
    rt.user.changeSettings({ 'scope.userLocation': true })
    expect(seen).toHaveLength(2)
  })

  test('the timeline shows the app going to the background and back', async () => {
    const rt = start({ scenario: 'granted', scopes: ['scope.userLocation'] })
    await rt.open('pages/a/index')
    rt.user.changeSettings({ 'scope.userLocation': false })
    const lines = rt.timeline().split('\n').map((l) => l.replace(/^#\d+\s+/, ''))
    expect(lines.slice(-7)).toEqual([
      'event   onAppHide({})',
      'page    pages/a/index onHide',
      'page    app onHide',
      'auth    scope.userLocation granted → denied (settings)',
      'event   onAppShow({})',
      'page    app onShow({"path":"pages/a/index","query":{},"scene":1001,"referrerInfo":{},"apiCategory":"default"})',
      'page    pages/a/index onShow',
    ])
  })
})

describe('a page built with Component()', () => {
  test('lifetimes and page methods in order, behaviors first; the query fills properties', async () => {
    const rt = start()
    const page = await rt.open('pages/comp/index', { query: { id: 'x9', count: '3' } })
    expect(logOf(rt).slice(2)).toEqual([
      'behavior.created',
      'comp.created',
      'behavior.attached',
      'comp.attached',
      'comp.onLoad',
      'comp.onShow',
      'comp.pageLifetimes.show',
      'comp.ready',
      'comp.onReady',
    ])
    expect(page.data).toEqual({ fromBehavior: true, shared: { a: 1, b: 2 }, own: 1, id: 'x9', count: 3 })
    expect((page.instance as unknown as { greet(): string }).greet()).toBe('behavior')
    await page.tap('bump')
    expect(page.data.own).toBe(2)
    const since = logSince(rt)
    await rt.wx.reLaunch({ url: '/pages/d/index' })
    expect(since().slice(0, 2)).toEqual(['comp.onUnload', 'comp.detached'])
  })
})
