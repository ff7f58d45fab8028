import { readFileSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { BUNDLE_SCHEMA, BundleError, createRuntime, validateBundle } from '../../src/index.ts'
import { useServer } from '../support/msw.ts'
import { EXAMPLE_APP, recordDeniedOnce, useAppCopy } from './support.ts'

const copy = useAppCopy()

describe('rt.bundle(): a permission bug as one JSON file', () => {
  test('holds the options, the steps the test drove, every prompt with its answer, and the trace', async () => {
    const { dir, app } = copy()
    const bundle = await recordDeniedOnce(app, dir)
    expect(bundle).toMatchObject({ format: 'fake-wx-bundle', version: 1 })
    expect(bundle.options).toMatchObject({ scenario: 'denied-once', scopes: ['scope.userLocation'], app: { root: 'miniprogram' } })
    expect(bundle.steps.map((s) => [s.on, s.call, s.args])).toEqual([
      ['rt', 'open', ['pages/index/index']],
      ['page', 'tap', ['openStores']],
      ['page', 'tap', ['onFindNearest']],
      ['rt', 'clock.advance', [30000]],
      ['rt', 'device.moveTo', [{ latitude: 22.54, longitude: 114.05 }]],
      ['rt', 'user.changeSettings', [{ 'scope.userLocation': true }]],
      ['page', 'tap', ['onFindNearest']],
    ])
    expect(bundle.steps[2]).toMatchObject({ route: 'pages/store/index' })
    expect(bundle.prompts.map((p) => [p.kind, p.answer, p.by])).toEqual([
      ['modal', 'confirm', 'standing'],
      ['settings', { 'scope.userLocation': false }, 'standing'],
    ])
    expect(bundle.appJson).toMatchObject({ requiredPrivateInfos: ['getLocation'] })
    expect(bundle.trace.at(-1)).toMatchObject({ type: 'page', what: expect.stringContaining('setData') })
  })

  test('is JSON through and through: it survives JSON.stringify unchanged, with no absolute path of the machine', async () => {
    const { dir, app } = copy()
    const bundle = await recordDeniedOnce(app, dir)
    const text = JSON.stringify(bundle)
    expect(JSON.parse(text)).toEqual(bundle)
    expect(text).not.toContain(dir)
    expect(text).not.toContain(process.cwd())
  })

  test('keeps absolute paths only when asked', async () => {
    const rt = createRuntime({ app: { root: EXAMPLE_APP } })
    expect(rt.bundle({ absolutePaths: true }).options.app).toEqual({ root: EXAMPLE_APP })
    expect(rt.bundle({ base: EXAMPLE_APP }).options.app).toEqual({ root: '.' })
  })

  test('leaves functions out and says which options held them', () => {
    const rt = createRuntime({
      app: { root: EXAMPLE_APP, modules: { 'utils/stores.js': { storesNear: () => [] } } },
      user: { authorize: 'allow', modal: () => 'confirm', settings: {} },
    })
    rt.tap(() => rt.wx.openSetting({}))
    const bundle = rt.bundle()
    expect(bundle.options.user).toEqual({ authorize: 'allow', settings: {} })
    expect(bundle.dropped).toEqual(['options.user.modal', 'options.app.modules'])
    expect(bundle.unrecordable).toEqual([{ what: 'rt.tap(fn)', at: expect.any(Number) }])
    expect(bundle.trace.find((e) => e.type === 'call')).toMatchObject({ api: 'openSetting', args: {} })
  })
})

describe('the network exchanges, HAR-like', () => {
  const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'))
  useServer(
    http.get('https://cdn.example.com/posters/store-week.png', () => HttpResponse.arrayBuffer(PNG.buffer, { headers: { 'content-type': 'image/png' } })),
    http.post('https://api.example.com/stores', async ({ request }) => HttpResponse.json({ got: await request.json() }, { headers: { 'set-cookie': 'sid=1' } })),
  )

  test('a downloaded image is kept as base64, a JSON answer as text, with headers, cookies and the time on the runtime clock', async () => {
    const rt = createRuntime({ domains: { downloadFile: ['https://cdn.example.com'], request: ['https://api.example.com'] } })
    await new Promise((resolve) => rt.wx.downloadFile({ url: 'https://cdn.example.com/posters/store-week.png', complete: resolve }))
    await new Promise((resolve) => rt.wx.request({ url: 'https://api.example.com/stores', method: 'POST', data: { near: 'nanshan' }, complete: resolve }))
    const [image, api] = rt.bundle().network.entries
    expect(image).toMatchObject({
      api: 'downloadFile',
      startedDateTime: '2026-01-01T00:00:00.000Z',
      request: { method: 'GET', url: 'https://cdn.example.com/posters/store-week.png' },
      response: { status: 200, content: { size: PNG.byteLength, mimeType: 'image/png', encoding: 'base64', text: Buffer.from(PNG).toString('base64') } },
    })
    expect(api).toMatchObject({
      api: 'request',
      request: { method: 'POST', postData: { mimeType: 'application/json', text: '{"near":"nanshan"}' } },
      response: { status: 200, cookies: ['sid=1'], content: { text: '{"got":{"near":"nanshan"}}' } },
    })
    expect(api!.request.headers).toContainEqual({ name: 'Referer', value: expect.stringMatching(/^https:\/\/servicewechat\.com\//) })
  })
})

describe('loading a bundle', () => {
  test('a bad field is named with what was expected', () => {
    const bad = { format: 'fake-wx-bundle', version: 1, options: {}, steps: [{ on: 'pgae', call: 'tap', args: [], at: 0 }, { on: 'rt', call: 'open', args: 'x', at: -1 }], prompts: [{ api: 'getLocation' }], network: { entries: [] }, trace: [] }
    let error: unknown
    try {
      validateBundle(bad, 'bug.fakewx.json')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BundleError)
    expect((error as BundleError).problems).toEqual([
      'steps[0].on: expected one of "rt", "page", "element", got "pgae"',
      'steps[1].args: expected an array, got "x"',
      'steps[1].at: expected a number ≥ 0, got -1',
      'prompts[0].kind: missing (required)',
    ])
    expect((error as Error).message).toContain('bug.fakewx.json is not a fake-wx bug bundle')
  })

  test('a file that is not JSON, another format, or a newer version says so', () => {
    expect(() => validateBundle('{ nope', 'x.json')).toThrow(/x\.json is not a fake-wx bug bundle:\n {2}not JSON/)
    expect(() => validateBundle({ format: 'har' })).toThrow(/format: expected "fake-wx-bundle", got "har"/)
    expect(() => validateBundle({ format: 'fake-wx-bundle', version: 2 })).toThrow(/version: this fake-wx reads version 1, got 2 \(made by a newer fake-wx\)/)
  })

  test('the schema file in the repo is the one bundles are checked against', () => {
    const file = JSON.parse(readFileSync(new URL('../../schema/fake-wx-bundle.schema.json', import.meta.url), 'utf8'))
    expect(file).toEqual(JSON.parse(JSON.stringify(BUNDLE_SCHEMA)))
  })
})
