import { describe, expect, test } from 'vitest'
import { PRESET_NAMES } from '../../src/index.ts'
import { runStoreFlow } from '../../examples/app/run.mts'
import { EXAMPLE_APP, useApp } from './support.ts'

// examples/app is a mini program as it ships (app.js, app.json, pages/*/index.js + .json + .wxml), driven
// the way a user would: taps on what the pages show, the permission dialog, the modal, the settings page and back.
const start = useApp(EXAMPLE_APP)
const LOCATION = { scopes: ['scope.userLocation' as const] }

describe('the store page\'s permission flow', () => {
  test('first time: tap → permission dialog → allowed → the nearest store', async () => {
    const rt = start({ ...LOCATION, user: { authorize: 'allow' } })
    const home = await rt.open('pages/index/index')
    expect(home.getByText('欢迎！第 1 次打开')).not.toBeNull()
    await home.getByText('附近门店')!.tap()
    const store = rt.currentPage()!
    expect(store.route).toBe('pages/store/index')
    expect(store.data.from).toBe('home')
    await store.getByText('找最近的门店')!.tap()
    expect(store.getByText('最近的门店：南山科技园店（0.6 公里）')).not.toBeNull()
    expect(store.data).toMatchObject({ status: 'located', nearest: { name: '南山科技园店', km: 0.6 } })
    expect(rt.prompts.map((p) => [p.kind, p.scope])).toEqual([['authorize', 'scope.userLocation']])
    expect(rt.trace.find((e) => e.type === 'prompt')).toMatchObject({ details: { desc: '用于为你找到最近的门店' } }) // app.json permission
  })

  test('refused once: no dialog, the modal, the settings page; back in onShow the page locates', async () => {
    const rt = start({ ...LOCATION, scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    await (await rt.open('pages/index/index')).getByText('附近门店')!.tap()
    const store = rt.currentPage()!
    await store.getByText('找最近的门店')!.tap()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings'])
    expect(store.getByText('最近的门店：南山科技园店（0.6 公里）')).not.toBeNull()
    // The page located from onShow, after the settings page: the timeline says so.
    const lines = rt.timeline().split('\n').map((l) => l.replace(/^#\d+\s+/, ''))
    const back = lines.indexOf('event   onAppShow({})')
    expect(lines.slice(back)).toEqual(
      expect.arrayContaining(['page    pages/store/index onShow', 'call    wx.getSetting({"success":"[Function]"})']),
    )
  })

  test('refused in the dialog, then the modal cancelled: the page says so', async () => {
    const rt = start({ ...LOCATION, user: { authorize: 'deny', modal: 'cancel' } })
    await (await rt.open('pages/index/index')).getByText('附近门店')!.tap()
    const store = rt.currentPage()!
    await store.getByText('找最近的门店')!.tap()
    expect(store.getByText('你可以稍后在“我的”里打开位置权限')).not.toBeNull()
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
  })

  test('the user leaves location off in the settings page: still denied, and a second tap asks again', async () => {
    const rt = start({ ...LOCATION, scenario: 'denied-once', user: { modal: 'confirm', settings: {} } })
    await (await rt.open('pages/index/index')).getByText('附近门店')!.tap()
    const store = rt.currentPage()!
    await store.getByText('找最近的门店')!.tap()
    expect(store.getByText('没有位置权限')).not.toBeNull()
    await store.getByText('找最近的门店')!.tap()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings', 'modal', 'settings'])
  })

  test('later the user turns location on from the "…" menu: the page\'s onShow picks it up', async () => {
    const rt = start({ ...LOCATION, scenario: 'denied-once', user: { modal: 'confirm', settings: {} } })
    await (await rt.open('pages/index/index')).getByText('附近门店')!.tap()
    const store = rt.currentPage()!
    await store.getByText('找最近的门店')!.tap()
    expect(store.getByText('没有位置权限')).not.toBeNull()
    rt.user.changeSettings({ 'scope.userLocation': true })
    await rt.settle()
    expect(store.getByText('最近的门店：南山科技园店（0.6 公里）')).not.toBeNull()
  })
})

describe('README "Run your real pages"', () => {
  test('the README example: opened from a share card, refused before, turned on in the settings page', async () => {
    const rt = start({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    const store = await rt.open('pages/store/index', { query: { from: 'share' } })
    await store.getByText('找最近的门店')!.tap()
    expect(store.getByText('最近的门店：南山科技园店（0.6 公里）')).not.toBeNull()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings'])
  })
})

describe('the "mine" tab', () => {
  test('lists the permission in onShow; the openSetting button round trip refreshes it', async () => {
    const rt = start({ ...LOCATION, scenario: 'denied-once', user: { settings: { 'scope.userLocation': true } } })
    const home = await rt.open('pages/index/index')
    await rt.wx.switchTab({ url: '/pages/mine/index' })
    const mine = rt.currentPage()!
    await rt.settle()
    expect(mine.getByText('位置信息：未允许')).not.toBeNull()
    await mine.getByText('权限设置')!.tap() // <button open-type="openSetting" bindopensetting="onSettingsBack">
    expect(mine.getByText('位置信息：已允许')).not.toBeNull()
    expect(mine.data).toMatchObject({ lastVisit: 'openSetting:ok' })
    await mine.getByText('回到首页')!.tap()
    expect(rt.currentPage()).toBe(home)
  })
})

describe('examples/app/run.mts, the runner the demo calls', () => {
  test.each(PRESET_NAMES)('%s: a cooperative user ends up at the nearest store', async (preset) => {
    const outcome = await runStoreFlow(preset)
    expect(outcome).toMatchObject({ status: 'located', nearest: '南山科技园店', scope: 'granted' })
  })

  test('a user who refuses everything', async () => {
    const outcome = await runStoreFlow('first-time', { user: { authorize: 'deny', modal: 'cancel' } })
    expect(outcome).toMatchObject({ status: 'declined', prompts: ['authorize', 'modal'], scope: 'denied' })
  })
})
