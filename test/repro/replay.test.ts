import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { createRuntime, replay } from '../../src/index.ts'
import { useServer } from '../support/msw.ts'
import { POSTER_APP, recordDeniedOnce, useAppCopy } from './support.ts'

const copy = useAppCopy()

describe('replay(bundle): the recorded bug runs again', () => {
  test('a bundle of the example app replays identically, from its JSON text, with the app found from the base', async () => {
    const { dir, app } = copy()
    const bundle = await recordDeniedOnce(app, dir)
    const result = await replay(JSON.stringify(bundle), { base: dir })
    expect(result.differences).toEqual([])
    expect(result.ok).toBe(true)
    // The runtime is there to inspect: the user turned location on and the second tap located the nearest store.
    expect(result.runtime.auth.get('scope.userLocation')).toBe('granted')
    expect(result.runtime.currentPage()!.data.status).toBe('located')
  })

  test('after a change to the page, the first difference says where and what, in the step it happened in', async () => {
    const { dir, app, edit } = copy()
    const bundle = await recordDeniedOnce(app, dir)
    // The fix a developer tries: ask with wgs84 coordinates.
    edit('pages/store/index.js', "type: 'gcj02'", "type: 'wgs84'")
    const result = await replay(bundle, { base: dir })
    expect(result.ok).toBe(false)
    expect(result.differences[0]).toMatch(
      /^trace #\d+ \(after page pages\/store\/index tap\("onFindNearest"\)\): recorded call {4}wx\.getLocation\(\{"type":"gcj02",.*\}\) — replayed call {4}wx\.getLocation\(\{"type":"wgs84",/,
    )
    expect(result.divergence).toMatchObject({ step: 'page pages/store/index tap("onFindNearest")', context: expect.arrayContaining([expect.stringContaining('setData({"status":"locating","error":""})')]) })
    expect(result.divergence!.context).toHaveLength(3)
  })

  test('a page that no longer asks: the recorded prompt is missing, and the trace parts at the first call that differs', async () => {
    const { dir, app, edit } = copy()
    const bundle = await recordDeniedOnce(app, dir)
    edit('pages/store/index.js', "if (res.authSetting['scope.userLocation'] === false) return this.askToOpenSettings()", "if (res.authSetting['scope.userLocation'] === false) return this.setData({ status: 'declined' })")
    const result = await replay(bundle, { base: dir })
    expect(result.ok).toBe(false)
    expect(result.differences[0]).toMatch(/^trace #\d+ .*recorded page {4}pages\/store\/index setData\(\{"status":"denied"\}\) — replayed page {4}pages\/store\/index setData\(\{"status":"declined"\}\)/)
  })

  test('a button tap with its open-type, a tab opened with a query, the OS permission and the network switched: each replays', async () => {
    const { dir, app, edit } = copy()
    const rt = createRuntime({ app: { root: app }, scenario: 'denied-once', scopes: ['scope.userLocation'], user: { settings: { 'scope.userLocation': true } } })
    rt.install()
    const mine = await rt.open('pages/mine/index', { query: { from: 'share' }, scene: 1007 })
    rt.device.os.set({ location: 'denied' })
    rt.device.network.set('4g')
    await mine.tapButton({ openType: 'openSetting', bindopensetting: 'onSettingsBack' })
    rt.uninstall()
    expect(mine.data.permissions).toEqual([{ scope: 'scope.userLocation', label: '位置信息', allowed: true }])
    const bundle = rt.bundle({ base: dir })
    expect(bundle.steps.map((s) => s.call)).toEqual(['open', 'device.os.set', 'device.network.set', 'tapButton'])
    expect(bundle.steps[0]!.args).toEqual(['pages/mine/index', { query: { from: 'share' }, scene: 1007 }])
    expect((await replay(bundle, { base: dir })).differences).toEqual([])

    edit('pages/mine/index.js', 'this.setData({ lastVisit: e.detail.errMsg })', 'this.setData({ lastVisit: e.detail.errMsg.toUpperCase() })')
    const changed = await replay(bundle, { base: dir })
    expect(changed.differences[0]).toMatch(/\(after page pages\/mine\/index tapButton\(\{"openType":"openSetting","bindopensetting":"onSettingsBack"\}\)\): recorded page {4}pages\/mine\/index setData\(\{"lastVisit":"openSetting:ok"\}\) — replayed page {4}pages\/mine\/index setData\(\{"lastVisit":"OPENSETTING:OK"\}\)/)
  })

  test('a step that failed in the recording and not in the replay is a difference', async () => {
    const { dir, app } = copy()
    const bundle = await recordDeniedOnce(app, dir)
    bundle.steps[1] = { ...bundle.steps[1]!, args: ['noSuchHandler'] }
    const result = await replay(bundle, { base: dir })
    expect(result.ok).toBe(false)
    expect(result.differences).toContainEqual(expect.stringMatching(/^step page pages\/index\/index tap\("noSuchHandler"\) failed in the replay: /))
  })

  test('the app root can be given instead of the recorded one', async () => {
    const { dir, app } = copy()
    const bundle = await recordDeniedOnce(app, dir)
    const result = await replay(bundle, { app })
    expect(result.ok).toBe(true)
  })

  test('the answers are the recorded ones, not the options: a test that answered step by step replays the same', async () => {
    const { dir, app } = copy()
    const rt = createRuntime({ app: { root: app }, scenario: 'denied-once', scopes: ['scope.userLocation'], onUnansweredPrompt: 'wait' })
    rt.install()
    const home = await rt.open('pages/index/index')
    await home.tap('openStores')
    const tapped = rt.currentPage()!.tap('onFindNearest')
    ;(await rt.user.nextPrompt()).respond('cancel')
    await tapped
    rt.uninstall()
    expect(rt.currentPage()!.data.status).toBe('declined')
    const bundle = rt.bundle({ base: dir })
    expect(bundle.prompts).toMatchObject([{ kind: 'modal', answer: 'cancel', by: 'test' }])
    const result = await replay(bundle, { base: dir })
    expect(result.differences).toEqual([])
    expect(result.runtime.currentPage()!.data.status).toBe('declined')
  })

  test('what the bundle could not hold is noted', async () => {
    const { dir, app } = copy()
    const bundle = await recordDeniedOnce(app, dir, { user: { modal: () => 'confirm', settings: { 'scope.userLocation': false } } })
    const result = await replay(bundle, { base: dir })
    expect(result.ok).toBe(true)
    expect(result.notes).toEqual(['options.user.modal held a function; the bundle left it out (the recorded answers and responses stand in)'])
  })
})

describe('replay without the network: the recorded responses answer', () => {
  const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'))
  const server = useServer(http.get('https://cdn.example.com/posters/store-week.png', () => HttpResponse.arrayBuffer(PNG.buffer, { headers: { 'content-type': 'image/png' } })))
  const options = { domains: { downloadFile: ['https://cdn.example.com'] }, scopes: ['scope.writePhotosAlbum' as const] }

  async function recordPoster(app: string, dir: string) {
    const rt = createRuntime({ app: { root: app }, ...options, user: { authorize: 'allow' } })
    rt.install()
    const poster = await rt.open('pages/poster/index')
    await poster.tap('onSave')
    rt.uninstall()
    expect(rt.currentPage()!.data.status).toBe('saved')
    return rt.bundle({ base: dir })
  }

  test('the poster downloads from the recording while the CDN is down', async () => {
    const { dir, app } = copy(POSTER_APP)
    const bundle = await recordPoster(app, dir)
    server.use(http.get('https://cdn.example.com/*', () => HttpResponse.error()))
    const result = await replay(bundle, { base: dir, strict: true })
    expect(result.differences).toEqual([])
    expect(result.runtime.device.album.images).toHaveLength(1)
  })

  test('strict mode: a request the recording does not have fails, after the call that differs', async () => {
    const { dir, app, edit } = copy(POSTER_APP)
    const bundle = await recordPoster(app, dir)
    edit('pages/poster/index.js', 'store-week.png', 'store-week@2x.png')
    const result = await replay(bundle, { base: dir, strict: true })
    expect(result.ok).toBe(false)
    expect(result.differences[0]).toMatch(/^trace #\d+ \(after page pages\/poster\/index tap\("onSave"\)\): recorded call {4}wx\.downloadFile\(\{"url":"https:\/\/cdn\.example\.com\/posters\/store-week\.png"/)
    expect(result.differences[1]).toBe('request GET https://cdn.example.com/posters/store-week@2x.png is not in the recording (strict: it failed)')
    expect(result.runtime.currentPage()!.data).toMatchObject({ status: 'error', error: expect.stringContaining('no recorded response for GET https://cdn.example.com/posters/store-week@2x.png') })
  })

  test('strict mode: a prompt the recording does not have is not answered', async () => {
    const { dir, app } = copy(POSTER_APP)
    const bundle = await recordPoster(app, dir)
    bundle.prompts = []
    const result = await replay(bundle, { base: dir, strict: true })
    expect(result.differences[0]).toBe('prompt: the authorize prompt for scope.writePhotosAlbum (shown by saveImageToPhotosAlbum) is not in the recording; the recording has no more prompts (strict: nobody answers it)')
    expect(result.differences[1]).toBe('the replay stopped at the prompt nobody answered')
    expect(result.runtime.user.pending.map((p) => p.kind)).toEqual(['authorize'])
  })
})
