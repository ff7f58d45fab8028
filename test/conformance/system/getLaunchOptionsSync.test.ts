import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../../src/index.ts'
import { useApp } from '../../host/support.ts'

// wx.getLaunchOptionsSync.html ("与 App.onLaunch 的回调参数一致"), wx.getEnterOptionsSync.html,
// wx.getAccountInfoSync.html, scene.html (1001 发现栏小程序主入口) — H.

const NAV_APP = fileURLToPath(new URL('./fixtures/nav-app', import.meta.url))
const startApp = useApp(NAV_APP)

describe('wx.getLaunchOptionsSync', () => {
  test('in App.onLaunch it reports the page and query the app was opened at, scene 1001 by default', async () => {
    const rt = startApp()
    await rt.open('pages/index/index', { query: { from: 'share' } })
    expect(rt.app.instance!.globalData).toMatchObject({
      launch: { path: 'pages/index/index', query: { from: 'share' }, scene: 1001, referrerInfo: {}, apiCategory: 'default' },
    })
  })

  test('equals what App.onLaunch received', async () => {
    const rt = startApp()
    await rt.open('pages/index/index', { query: { id: '7' } })
    const onLaunch = rt.trace.find((e) => e.type === 'page' && (e as { what?: string }).what === 'onLaunch') as { detail?: unknown }
    expect(rt.wx.getLaunchOptionsSync()).toEqual(onLaunch.detail)
  })

  test('a test opens the app from a chat card: createRuntime({ launch: { scene: 1007, shareTicket } })', async () => {
    const rt = startApp({ launch: { scene: 1007, shareTicket: 'ticket-1', chatType: 3 } })
    await rt.open('pages/index/index')
    expect(rt.wx.getLaunchOptionsSync()).toMatchObject({ scene: 1007, shareTicket: 'ticket-1', chatType: 3 })
  })

  test('rt.open(path, { query, scene }): the user scanned a QR code (1011) to open the app at that page', async () => {
    const rt = startApp()
    await rt.open('pages/index/index', { query: { from: 'qr' }, scene: 1011 })
    expect(rt.app.instance!.globalData).toMatchObject({ launch: { path: 'pages/index/index', query: { from: 'qr' }, scene: 1011 } })
  })

  test('from another mini program: referrerInfo { appId, extraData }', () => {
    const rt = createRuntime({ launch: { scene: 1037, referrerInfo: { appId: 'wx0123456789abcdef', extraData: { orderId: 'A1' } } } })
    expect(rt.wx.getLaunchOptionsSync().referrerInfo).toEqual({ appId: 'wx0123456789abcdef', extraData: { orderId: 'A1' } })
  })

  test('the result is a copy: app code changing it does not change the next call', () => {
    const rt = createRuntime({ appJson: { pages: ['pages/home/index'] } })
    const first = rt.wx.getLaunchOptionsSync()
    expect(first.path).toBe('pages/home/index')
    first.query.x = '1'
    expect(rt.wx.getLaunchOptionsSync().query).toEqual({})
  })

  test('a bad launch option fails createRuntime', () => {
    expect(() => createRuntime({ launch: { scene: 'chat' as never } })).toThrow(FakeWxError)
    expect(() => createRuntime({ launch: { scen: 1007 } as never })).toThrow(/unknown field "scen"/)
  })
})

describe('wx.getEnterOptionsSync', () => {
  test('on a cold start it is the launch options (a page reads it in onLoad)', async () => {
    const rt = startApp({ launch: { scene: 1011 } })
    const page = await rt.open('pages/detail/index', { query: { q: '1' } })
    expect(page.data.enter).toEqual(rt.wx.getLaunchOptionsSync())
    expect(page.data.enter).toMatchObject({ path: 'pages/detail/index', query: { q: '1' }, scene: 1011 })
  })
})

describe('wx.getAccountInfoSync', () => {
  test('miniProgram: the AppID, which build runs and, in a release build, the published version', async () => {
    const rt = startApp({ appid: 'wx1234567890abcdef', appVersion: '1.4.2' })
    await rt.open('pages/index/index')
    expect(rt.app.instance!.globalData).toMatchObject({ account: { miniProgram: { appId: 'wx1234567890abcdef', envVersion: 'release', version: '1.4.2' } } })
  })

  test('a develop build has no online version', () => {
    const info = createRuntime({ envVersion: 'develop', appVersion: '1.4.2' }).wx.getAccountInfoSync()
    expect(info.miniProgram).toEqual({ appId: expect.stringMatching(/^wx[0-9a-f]{16}$/), envVersion: 'develop', version: '' })
    expect(info).not.toHaveProperty('plugin')
  })
})
