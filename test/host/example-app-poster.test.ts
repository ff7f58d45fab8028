import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { useServer } from '../support/msw.ts'
import { EXAMPLE_APP, useApp } from './support.ts'

// examples/app/pages/poster: the everyday APIs around a permission flow, as the user story runs it —
// app.js reads wx.getSystemInfoSync(), the page sets its title; its <save-to-album> component (a custom component)
// shows a loading, downloads a poster, saves it to the album, is refused, shows 需要相册权限 with an open-type="openSetting"
// button, recovers through the settings page, and tells the page, which shows a toast. Nothing is stubbed; the test taps what the user sees.
const CDN = 'https://cdn.example.com'
// A 1×1 PNG: the album checks the file is an image.
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'))
useServer(http.get(`${CDN}/posters/store-week.png`, () => HttpResponse.arrayBuffer(PNG.buffer, { headers: { 'content-type': 'image/png' } })))

const start = useApp(EXAMPLE_APP)
const options = { domains: { downloadFile: [CDN] }, scopes: ['scope.writePhotosAlbum' as const] }

async function openPoster(rt: ReturnType<typeof start>) {
  const home = await rt.open('pages/index/index')
  await home.getByText('本周海报')!.tap()
  return rt.currentPage()!
}

describe('the poster page and its <save-to-album> component', () => {
  test('README "Run your real pages": refused before, 去设置, the album turned on, saved', async () => {
    const rt = start({ ...options, scenario: 'denied-once', user: { settings: { 'scope.writePhotosAlbum': true } } })
    const poster = await rt.open('pages/poster/index')
    await poster.getByText('保存到相册')!.tap()
    expect(poster.getByText('需要相册权限')).not.toBeNull()
    await poster.getByText('去设置')!.tap()
    expect(poster.getByText('已保存')).not.toBeNull()
    expect(poster.selectComponent('#save')!.data.needAuth).toBe(false)
  })

  test('the component is in the page: its button shows the text its property defaults to', async () => {
    const rt = start(options)
    const poster = await openPoster(rt)
    const button = poster.selectComponent('#save')!
    expect(button.data).toMatchObject({ url: 'https://cdn.example.com/posters/store-week.png', text: '保存到相册', busy: false })
    expect(poster.query('#save button')!.text).toBe('保存到相册')
  })

  test('app.js measured the status bar with wx.getSystemInfoSync; the page set its title from the query', async () => {
    const rt = start({ ...options, platform: 'ios' })
    const poster = await openPoster(rt)
    const globalData = rt.app.instance!.globalData as { statusBarHeight: number; platform: string }
    expect(globalData.statusBarHeight).toBe(rt.wx.getWindowInfo().statusBarHeight)
    expect(globalData.statusBarHeight).toBeGreaterThan(0)
    expect(globalData.platform).toBe('ios')
    expect(poster.navigationBar.title).toBe('本周海报')
  })

  test('first time, allowed: loading while it downloads, the permission dialog, saved, a toast', async () => {
    const rt = start({ ...options, user: { authorize: 'allow' } })
    const poster = await openPoster(rt)
    await poster.getByText('保存到相册')!.tap()
    expect(poster.getByText('已保存')).not.toBeNull()
    expect(rt.device.album.images).toHaveLength(1)
    expect(rt.ui.toasts.map((t) => [t.kind, t.title])).toEqual([['loading', '海报生成中'], ['toast', '已保存到相册']])
    expect(rt.ui.toast?.title).toBe('已保存到相册')
    rt.clock.advance(1500)
    expect(rt.ui.toast).toBeUndefined()
    expect(rt.prompts.map((p) => [p.kind, p.scope])).toEqual([['authorize', 'scope.writePhotosAlbum']])
  })

  test('refused in the dialog: 需要相册权限 shows, 去设置 opens the settings page, back with the album on, saved', async () => {
    // The user story: what the user sees re-renders after setData, and the open-type button runs from the WXML.
    const rt = start({ ...options, user: { authorize: 'deny', settings: { 'scope.writePhotosAlbum': true } } })
    const poster = await openPoster(rt)
    await poster.getByText('保存到相册')!.tap()
    expect(poster.getByText('需要相册权限')).not.toBeNull()
    await poster.getByText('去设置')!.tap() // <button open-type="openSetting" bindopensetting="onSettingBack">
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize', 'settings'])
    expect(poster.getByText('需要相册权限')).toBeNull()
    expect(poster.getByText('已保存')).not.toBeNull()
    expect(rt.auth.get('scope.writePhotosAlbum')).toBe('granted')
    expect(rt.ui.toast?.title).toBe('已保存到相册')
    // Every call is in the timeline, in order.
    const calls = rt.trace.filter((e) => e.type === 'call').map((e) => (e as { api: string }).api)
    expect(calls).toEqual(expect.arrayContaining(['getSystemInfoSync', 'setNavigationBarTitle', 'showLoading', 'downloadFile', 'hideLoading', 'saveImageToPhotosAlbum', 'showToast']))
    const order = ['showLoading', 'downloadFile', 'hideLoading', 'saveImageToPhotosAlbum', 'showToast'].map((api) => calls.indexOf(api))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(calls.filter((api) => api === 'saveImageToPhotosAlbum')).toHaveLength(2)
  })

  test('refused before: no dialog; the user taps 暂不 — nothing saved, no toast, the page says why', async () => {
    const rt = start({ ...options, scenario: 'denied-once' })
    const poster = await openPoster(rt)
    await poster.getByText('保存到相册')!.tap()
    expect(rt.prompts).toEqual([])
    await poster.getByText('暂不')!.tap()
    expect(poster.getByText('未开启相册权限，无法保存')).not.toBeNull()
    expect(poster.getByText('已保存')).toBeNull()
    expect(rt.device.album.images).toHaveLength(0)
    expect(rt.ui.toasts.map((t) => t.kind)).toEqual(['loading'])
  })

  test('the user goes to the settings page but leaves the album off: declined, nothing saved', async () => {
    const rt = start({ ...options, scenario: 'denied-once', user: { settings: {} } })
    const poster = await openPoster(rt)
    await poster.getByText('保存到相册')!.tap()
    await poster.getByText('去设置')!.tap()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['settings'])
    expect(poster.getByText('未开启相册权限，无法保存')).not.toBeNull()
    expect(rt.device.album.images).toHaveLength(0)
  })

  test('the domain is not in the list: downloadFile fails as on a phone and the loading is hidden', async () => {
    const rt = start({ scopes: ['scope.writePhotosAlbum'] })
    const poster = await openPoster(rt)
    await poster.getByText('保存到相册')!.tap()
    expect(poster.getByText('保存失败：downloadFile:fail url not in domain list')).not.toBeNull()
    expect(rt.ui.toast).toBeUndefined()
  })
})
