import { describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError } from '../../src/index.ts'
import { FIXTURE_APP, logOf, useApp } from './support.ts'

const start = useApp()

describe('page files load as the client runs them', () => {
  test('CommonJS pages: require() of shared modules works, module state lasts for the run', async () => {
    const rt = start()
    const a = await rt.open('pages/a/index')
    expect(a.data.n).toBe(1)
    await rt.wx.reLaunch({ url: '/pages/a/index' })
    expect(rt.currentPage()!.data.n).toBe(2) // same run of the app: utils/counter.js keeps counting
  })

  test('ES module pages (.mjs) load with import()', async () => {
    const rt = start()
    const page = await rt.open('pages/esm/index', { query: { k: 'v' } })
    expect(page.data).toMatchObject({ kind: 'esm', query: { k: 'v' } })
  })

  test('app.json is read from the folder: pages, tabBar, permission descriptions', async () => {
    const rt = start({ user: { authorize: (p) => (p.details.desc === 'to test' ? 'allow' : 'deny') } })
    await rt.open('pages/a/index')
    await expect(rt.wx.authorize({ scope: 'scope.userLocation' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  test('an explicit appJson option wins over the folder\'s app.json, field by field', async () => {
    const rt = start({ appJson: { permission: { 'scope.userLocation': { desc: 'explicit' } } }, user: { authorize: 'allow' } })
    await rt.open('pages/a/index') // pages still come from the folder
    await rt.wx.authorize({ scope: 'scope.userLocation' })
    expect(rt.trace.find((e) => e.type === 'prompt')).toMatchObject({ details: { desc: 'explicit' } })
  })
})

describe('each runtime runs its own copy of the app', () => {
  test('two runtimes one after the other: fresh modules, fresh App, fresh globalData', async () => {
    const first = start()
    const a1 = await first.open('pages/a/index')
    first.uninstall()
    const second = start()
    const a2 = await second.open('pages/a/index')
    expect(a1.data.n).toBe(1)
    expect(a2.data.n).toBe(1) // utils/counter.js ran again for the second runtime
    expect(second.app.instance).not.toBe(first.app.instance)
    expect(logOf(second)).toEqual(['app.onLaunch', 'app.onShow', 'a.onLoad', 'a.onShow', 'a.onReady'])
  })

  test('interleaved runtimes: a page loaded later gets its own runtime\'s shared modules', async () => {
    const first = start()
    await first.open('pages/a/index') // utils/counter.js → 1 in the first run
    first.uninstall()
    const second = start()
    await second.open('pages/a/index')
    await second.wx.reLaunch({ url: '/pages/a/index' })
    await second.wx.reLaunch({ url: '/pages/a/index' }) // the second run's counter is at 3
    second.uninstall()
    first.install()
    await first.wx.reLaunch({ url: '/pages/d/index' }) // pages/d loads now and requires utils/counter.js
    expect(first.currentPage()!.data.n).toBe(2)
  })

  test('ESM pages run again for each runtime', async () => {
    const first = start()
    const one = await first.open('pages/esm/index')
    first.uninstall()
    const second = start()
    const two = await second.open('pages/esm/index')
    expect(two.data.loads).toBe((one.data.loads as number) + 1)
  })
})

describe('globals', () => {
  test('rt.install() puts wx, App, Page, Component, Behavior, getApp, getCurrentPages on globalThis; uninstall() removes them', () => {
    const rt = createRuntime({ app: { root: FIXTURE_APP } })
    const names = ['wx', 'App', 'Page', 'Component', 'Behavior', 'getApp', 'getCurrentPages']
    rt.install()
    for (const name of names) expect(name in globalThis).toBe(true)
    rt.uninstall()
    for (const name of names) expect(name in globalThis).toBe(false)
  })

  test('getApp() before App() ran: undefined, or with allowDefault an object App() later fills', () => {
    const rt = createRuntime({ app: { root: FIXTURE_APP } })
    rt.install()
    const g = globalThis as unknown as { getApp(o?: { allowDefault: boolean }): unknown; getCurrentPages(): unknown[] }
    expect(g.getApp()).toBeUndefined()
    expect(g.getApp({ allowDefault: true })).toEqual({})
    expect(g.getCurrentPages()).toEqual([])
    rt.uninstall()
  })
})

describe('mistakes, with a way out', () => {
  test('rt.open before rt.install()', async () => {
    const rt = createRuntime({ app: { root: FIXTURE_APP } })
    await expect(rt.open('pages/a/index')).rejects.toThrow('Call rt.install() before rt.open()')
  })

  test('rt.open without an app folder', async () => {
    const rt = createRuntime()
    rt.install()
    try {
      await expect(rt.open('pages/a/index')).rejects.toThrow(FakeWxError)
      await expect(rt.open('pages/a/index')).rejects.toThrow('createRuntime({ app: { root: "path/to/miniprogram" } })')
    } finally {
      rt.uninstall()
    }
  })

  test('a page app.json does not list', async () => {
    const rt = start()
    await expect(rt.open('pages/zzz/index')).rejects.toThrow('app.json has no page "pages/zzz/index"')
  })

  test('a page file that registers no page', async () => {
    const rt = start()
    await expect(rt.open('pages/nopage/index')).rejects.toThrow('ran but registered no page')
  })

  test('a folder with no app.json', () => {
    expect(() => createRuntime({ app: { root: '/nonexistent/app' } })).toThrow('No app.json in /nonexistent/app')
  })

  test('Page() outside a page file being loaded', () => {
    const rt = createRuntime({ app: { root: FIXTURE_APP } })
    rt.install()
    try {
      expect(() => (globalThis as unknown as { Page(o: object): void }).Page({})).toThrow('Page() was called outside a page file being loaded')
    } finally {
      rt.uninstall()
    }
  })

  test('an exception in a hook a route API runs is reported as the client reports it (thirdScriptError)', async () => {
    const rt = start({ callbackErrors: 'console' })
    await rt.open('pages/a/index')
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(rt.wx.navigateTo({ url: '/pages/throws/index' })).resolves.toEqual(expect.objectContaining({ errMsg: 'navigateTo:ok' }))
    expect(error.mock.calls[0]![0]).toBe('thirdScriptError\nError: onLoad failed;at pages/throws/index onLoad')
    error.mockRestore()
    expect(rt.timeline()).toContain('note    exception in pages/throws/index onLoad: Error: onLoad failed')
  })

  test('an exception in onLoad rejects rt.open, after the page ran its lifecycle', async () => {
    const rt = start()
    await expect(rt.open('pages/throws/index')).rejects.toThrow('onLoad failed')
    expect(rt.currentPage()!.data).toEqual({ shown: true })
  })
})
