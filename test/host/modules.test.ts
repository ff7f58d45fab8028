import { createRequire } from 'node:module'
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError } from '../../src/index.ts'
import { compiledCount } from '../../src/runtime/host/modules/compile.ts'
import { MODULES_APP, useApp } from './support.ts'

const start = useApp(MODULES_APP)

// framework/app-service/module.html: every file is a module with its own scope, `module.exports` / `exports` and
// `require`; DevTools' "将 JS 编译成 ES5" / enhanced compile turns `import` / `export` into that form.
describe('.js files with ES import / export run as the client compiles them (CommonJS)', () => {
  test('a page with ES imports of extensionless paths loads, named and default imports included', async () => {
    const rt = start()
    const page = await rt.open('pages/index/index')
    expect(page.data).toMatchObject({ time: '2024/01/05', utilName: 'util' })
  })

  test('app.js may use import too: App() registers with what it imported', async () => {
    const rt = start()
    await rt.open('pages/index/index')
    expect(rt.app.instance!.globalData).toMatchObject({ name: 'modules-fixture' })
  })

  test('a file mixes import and require as apps do; a CommonJS module is its own default import', async () => {
    const rt = start()
    const page = await rt.open('pages/index/index')
    expect(page.data).toMatchObject({ helper: 'pages/index/helper.js', count: 1, npm: '[x]' })
    const ns = await rt.import('utils/counter')
    expect(ns.default).toBe(rt.require('utils/counter'))
  })

  test('a subpackage page imports its package\'s module and requires the main package\'s', async () => {
    const rt = start()
    const page = await rt.open('packageA/pages/detail/index')
    expect(page.data).toMatchObject({ price: 42, count: 1 })
  })
})

describe('fresh modules per runtime, one copy per run of the app', () => {
  test('two runtimes: each gets its own module state; the pages of one run share theirs', async () => {
    const first = start()
    await first.open('pages/index/index')
    expect((first.require('utils/counter') as { next(): number }).next()).toBe(2) // the page's copy, shared
    first.uninstall()
    const second = start()
    const page = await second.open('pages/index/index')
    expect(page.data.count).toBe(1)
  })

  test('rt.require: a module that captures wx when it loads gets this runtime\'s wx, installed or not', () => {
    const installed = start()
    const other = createRuntime({ app: { root: MODULES_APP } })
    const mine = other.require<{ wxAtLoad: unknown }>('utils/api')
    expect(mine.wxAtLoad).toBe(other.wx)
    expect(installed.require<{ wxAtLoad: unknown }>('utils/api').wxAtLoad).toBe(installed.wx)
    expect((globalThis as { wx?: unknown }).wx).toBe(installed.wx) // put back as it was
  })

  test('rt.import: the ES module namespace, named exports and default', async () => {
    const rt = start()
    const util = await rt.import<{ formatTime(d: Date): string; default: { name: string } }>('/utils/util.js')
    expect(util.formatTime(new Date(2020, 1, 3))).toBe('2020/02/03')
    expect(util.default.name).toBe('util')
  })

  test('rt.require of a file the app does not have: a FakeWxError naming it', () => {
    const rt = start()
    expect(() => rt.require('utils/nope')).toThrow(FakeWxError)
    expect(() => rt.require('utils/nope')).toThrow('the app has no utils/nope.js')
  })

  test('each file compiles once per process: a second runtime evaluates it again without compiling', async () => {
    const first = start()
    await first.open('pages/index/index')
    first.uninstall()
    const before = compiledCount()
    const second = start()
    await second.open('pages/index/index')
    expect(compiledCount()).toBe(before)
  })

  test('loaded app files are not Node modules: nothing stays in require.cache for a dropped runtime', async () => {
    const rt = start()
    await rt.open('pages/index/index')
    const cache = createRequire(import.meta.url).cache
    expect(Object.keys(cache).filter((key) => key.startsWith(MODULES_APP))).toEqual([])
  })
})

describe('a test replaces an app module for the pages it opens', () => {
  const fakeApi = { fetchUser: async (id: number) => ({ id, name: 'Mock' }), wxAtLoad: null }

  test('createRuntime({ app: { modules } }): the page\'s import gets the stand-in', async () => {
    const rt = start({ app: { root: MODULES_APP, modules: { 'utils/api.js': fakeApi } } })
    const page = await rt.open('pages/index/index')
    await rt.settle()
    expect(page.data.user).toEqual({ id: 1, name: 'Mock' })
  })

  test('rt.mockModule(path, exports): require, require.async and rt.require get it too', async () => {
    const rt = start()
    rt.mockModule('packageA/utils/price', { price: 7 })
    rt.mockModule('utils/counter', { next: () => 99 })
    const shop = await rt.open('pages/shop/index')
    await rt.settle()
    expect(shop.data).toMatchObject({ price: 7, callbackPrice: 7 })
    expect(rt.require<{ next(): number }>('utils/counter.js').next()).toBe(99)
  })

  test("a stand-in with `default` for an ES module file: `import util from` gets the default, named imports the rest", async () => {
    const rt = start()
    rt.mockModule('utils/util', { default: { name: 'fake util' }, formatTime: () => 'fake time' })
    const page = await rt.open('pages/index/index')
    expect(page.data).toMatchObject({ utilName: 'fake util', time: 'fake time' })
  })

  test('a path the app does not have is refused, at createRuntime and at rt.mockModule', () => {
    expect(() => createRuntime({ app: { root: MODULES_APP, modules: { 'utils/apii.js': {} } } })).toThrow('the app has no utils/apii.js')
    const rt = start()
    expect(() => rt.mockModule('utils/apii', {})).toThrow(FakeWxError)
  })
})
