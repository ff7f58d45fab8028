// README.md "## Run your real pages": the snippet as written (the app folder is examples/app, the
// mini program the README's store page comes from), then the table's and bullets' claims.
import { afterEach, expect, test } from 'vitest'
import { createRuntime, FakeWxError, PRESET_NAMES, type Runtime } from '../../src/index.ts'
import { runStoreFlow } from '../../examples/app/run.mts'

const ROOT = 'examples/app' // the README says 'miniprogram': a path relative to the working directory

// ---- README snippet ----
test('a user who refused location turns it on from the store page', async () => {
  const rt = createRuntime({
    app: { root: ROOT },                               // reads app.json: pages, tabBar, permission
    scenario: 'denied-once',
    user: { modal: 'confirm', settings: { 'scope.userLocation': true } },
  })
  rt.install()
  const store = await rt.open('pages/store/index', { query: { from: 'share' } })   // onLoad → onShow → onReady

  await store.tap('onFindNearest')                     // bindtap="onFindNearest", as the user's tap

  expect(store.data.status).toBe('located')            // located again in onShow, back from the settings page
  expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings'])
  rt.uninstall()
})
// ---- end of snippet ----

let rt: Runtime | undefined
afterEach(() => {
  rt?.uninstall()
  rt = undefined
})
const start = (options: Parameters<typeof createRuntime>[0] = {}) => {
  rt = createRuntime({ app: { root: ROOT }, ...options })
  rt.install()
  return rt
}

test('the table: open, data, instance, the page stack, the App, settle', async () => {
  const rt = start()
  const home = await rt.open('pages/index/index')
  expect(home.data).toEqual(JSON.parse(JSON.stringify(home.data)))     // a JSON snapshot
  expect(typeof home.instance.setData).toBe('function')                // the page's `this`
  await home.tap('openStores')
  expect(rt.currentPages().map((p) => p.route)).toEqual(['pages/index/index', 'pages/store/index'])
  expect(rt.currentPage()?.route).toBe('pages/store/index')
  expect(rt.app.instance).toBeDefined()
  await rt.settle()
  const again = await rt.open('pages/store/index', { query: { from: 'share' } })   // re-launches
  expect(rt.currentPages()).toHaveLength(1)
  expect(again.data.from).toBe('share')
})

test('the table: tapButton openSetting gives the handler { type: "opensetting", detail: { errMsg, authSetting } }', async () => {
  const rt = start({ scenario: 'denied-once', scopes: ['scope.userLocation'], user: { settings: { 'scope.userLocation': true } } })
  const store = await rt.open('pages/store/index')
  const events: unknown[] = []
  Object.assign(store.instance, { onSettings: (e: unknown) => events.push(e) })
  await store.tapButton({ openType: 'openSetting', bindopensetting: 'onSettings' })
  expect(events).toEqual([
    expect.objectContaining({ type: 'opensetting', detail: { errMsg: 'openSetting:ok', authSetting: expect.objectContaining({ 'scope.userLocation': true }) } }),
  ])
})

test('the table: trigger runs a handler without a tap gesture', async () => {
  const rt = start({ scenario: 'denied-once', scopes: ['scope.userLocation'], user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
  const store = await rt.open('pages/store/index')
  await store.trigger('onFindNearest', {}, { type: 'change' })
  // The modal's confirm is a tap of its own, so openSetting still works from it.
  expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings'])
})

test('bullets: the route errMsgs', async () => {
  const rt = start()
  await rt.open('pages/index/index')
  const errMsg = (p: Promise<unknown>) => p.then(() => 'ok', (e: WechatMiniprogram.GeneralCallbackResult) => e.errMsg)
  expect(await errMsg(rt.wx.navigateTo({ url: '/pages/x/index' }))).toBe('navigateTo:fail page "pages/x/index" is not found')
  expect(await errMsg(rt.wx.navigateTo({ url: '/pages/mine/index' }))).toBe('navigateTo:fail can not navigateTo a tabbar page')
  expect(await errMsg(rt.wx.navigateBack())).toBe('navigateBack:fail cannot navigate back at first page.')
})

test('bullets: setData refuses undefined with the client\'s message; setDataErrors: "console" skips it', async () => {
  const rt = start()
  const home = await rt.open('pages/index/index')
  expect(() => home.instance.setData({ x: undefined })).toThrow(FakeWxError)
  expect(() => home.instance.setData({ x: undefined })).toThrow('Setting data field "x" to undefined is invalid.')
  home.instance.setData({ 'list[0].name': 'a', 'a.b': 1 })
  expect(home.data).toMatchObject({ list: [{ name: 'a' }], a: { b: 1 } })
})

test('bullets: setDataErrors: "console" logs and skips', async () => {
  const rt = start({ setDataErrors: 'console' })
  const home = await rt.open('pages/index/index')
  const error = console.error, warn = console.warn, log = console.log
  const logged: unknown[] = []
  console.error = console.warn = console.log = (...args: unknown[]) => void logged.push(args.join(' '))
  try {
    home.instance.setData({ x: undefined })
  } finally {
    Object.assign(console, { error, warn, log })
  }
  expect(String(logged)).toContain('Setting data field "x" to undefined is invalid.')
  expect(home.data).not.toHaveProperty('x')
})

test('bullets: runStoreFlow(preset, { user?, platform? }) returns { status, nearest, prompts, scope, timeline }', async () => {
  for (const preset of PRESET_NAMES) {
    const outcome = await runStoreFlow(preset, { platform: 'ios' })
    expect(Object.keys(outcome).sort()).toEqual(['nearest', 'prompts', 'scope', 'status', 'timeline'])
  }
})
