import { describe, expect, test, vi } from 'vitest'
import { FakeWxError, PageScriptError } from '../../src/index.ts'
import { uncaughtDuring } from '../helpers/uncaught.ts'
import { MODULES_APP, useApp } from './support.ts'

const start = useApp(MODULES_APP)
const BROKEN = 'apiBase must be http in this build'

/** What App.onError got (the fixture's app.js keeps every string in globalData.errors). */
const appErrors = (rt: ReturnType<typeof start>) => (rt.app.instance!.globalData as { errors: string[] }).errors

// A page file that throws never calls Page(). The client reports it as a script error: the console's
// "thirdScriptError\n<message>;at <file>" (research.md §6), App.onError(String) ("小程序发生脚本错误…时触发",
// reference/api/App.html); the route API gets fail then complete. Its errMsg is not documented (L).
describe('a route to a page whose file throws', () => {
  test('wx.navigateTo calls fail then complete, the page stack unchanged', async () => {
    const rt = start({ callbackErrors: 'console' })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await rt.open('pages/index/index')
    const calls: string[] = []
    await new Promise<void>((resolve) => {
      rt.wx.navigateTo({
        url: '/pages/broken/index?from=home',
        success: () => void calls.push('success'),
        fail: (res) => void calls.push(`fail ${res.errMsg}`),
        complete: () => {
          calls.push('complete')
          resolve()
        },
      })
    })
    error.mockRestore()
    expect(calls).toEqual(['fail navigateTo:fail page "pages/broken/index?from=home" is not found', 'complete'])
    expect(rt.currentPages().map((p) => p.route)).toEqual(['pages/index/index'])
  })

  test('the console shows thirdScriptError with the app\'s message and the file', async () => {
    const rt = start({ callbackErrors: 'console' })
    await rt.open('pages/index/index')
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await rt.wx.navigateTo({ url: '/pages/broken/index' }).catch(() => undefined)
    expect(error.mock.calls.map((c) => c[0])).toEqual([`thirdScriptError\nError: ${BROKEN};at pages/broken/index.js`])
    error.mockRestore()
  })

  test('App.onError gets the client\'s string: "<message>;at <file>" then the stack', async () => {
    const rt = start({ callbackErrors: 'console' })
    await rt.open('pages/index/index')
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await rt.wx.navigateTo({ url: '/pages/broken/index' }).catch(() => undefined)
    error.mockRestore()
    const [message] = appErrors(rt)
    expect(message!.split('\n').slice(0, 2)).toEqual([`${BROKEN};at pages/broken/index.js`, `Error: ${BROKEN}`])
  })

  test('the stack names the line the app wrote, not the line of the compiled CommonJS', async () => {
    const rt = start({ callbackErrors: 'console' })
    await rt.open('pages/index/index')
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await rt.wx.navigateTo({ url: '/pages/broken/index' }).catch(() => undefined)
    error.mockRestore()
    expect(appErrors(rt)[0]).toContain(`${MODULES_APP}/pages/broken/index.js:3:`) // `throw new Error(…)` is on line 3
  })

  test("under callbackErrors: 'uncaught' (the default) the app's error is also raised as an uncaught error", async () => {
    const rt = start()
    await rt.open('pages/index/index')
    let result: unknown
    const uncaught = await uncaughtDuring(async () => {
      result = await rt.wx.navigateTo({ url: '/pages/broken/index' }).catch((e: unknown) => e)
    })
    expect(result).toEqual({ errMsg: 'navigateTo:fail page "pages/broken/index" is not found' })
    expect(uncaught).toEqual([new Error(BROKEN)])
  })

  test('wx.redirectTo and wx.reLaunch fail the same way and leave the current page in place', async () => {
    const rt = start({ callbackErrors: 'console' })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await rt.open('pages/index/index')
    await expect(rt.wx.redirectTo({ url: '/pages/broken/index' })).rejects.toEqual({ errMsg: 'redirectTo:fail page "pages/broken/index" is not found' })
    await expect(rt.wx.reLaunch({ url: '/pages/broken/index' })).rejects.toEqual({ errMsg: 'reLaunch:fail page "pages/broken/index" is not found' })
    error.mockRestore()
    expect(rt.currentPage()!.route).toBe('pages/index/index')
    expect(rt.currentPage()!.state).toBe('shown')
  })

  test('wx.switchTab to a tab page whose file throws fails, the tab on screen stays', async () => {
    const rt = start({ callbackErrors: 'console' })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await rt.open('pages/tab/index')
    await expect(rt.wx.switchTab({ url: '/pages/tab-broken/index' })).rejects.toEqual({ errMsg: 'switchTab:fail page "pages/tab-broken/index" is not found' })
    expect(error.mock.calls[0]![0]).toMatch(/^thirdScriptError\nTypeError: Cannot read properties of undefined \(reading 'boom'\);at pages\/tab-broken\/index\.js$/)
    error.mockRestore()
    expect(rt.currentPage()!.route).toBe('pages/tab/index')
  })
})

describe('App.onError for an exception in a page hook', () => {
  test('the route succeeds; App.onError gets "<message>;at <page> <hook>" (App.html: 小程序发生脚本错误)', async () => {
    const rt = start({ callbackErrors: 'console' })
    await rt.open('pages/index/index')
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(rt.wx.navigateTo({ url: '/pages/hook-throws/index' })).resolves.toMatchObject({ errMsg: 'navigateTo:ok' })
    error.mockRestore()
    expect(appErrors(rt)[0]!.split('\n')[0]).toBe('onShow failed;at pages/hook-throws/index onShow')
  })
})

describe('rt.open on a page whose file throws', () => {
  test('rejects with a FakeWxError that shows the app\'s error and the file; the cause is the app\'s error', async () => {
    const rt = start()
    const rejection = (await rt.open('pages/broken/index').catch((e: unknown) => e)) as FakeWxError & { file: string }
    expect(rejection).toBeInstanceOf(FakeWxError)
    expect(rejection).toBeInstanceOf(PageScriptError)
    expect(rejection.message).toContain(`pages/broken/index.js threw while it loaded: Error: ${BROKEN}`)
    expect(rejection.file).toBe('pages/broken/index.js')
    expect(rejection.cause).toEqual(new Error(BROKEN))
  })
})
