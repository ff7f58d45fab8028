import { describe, expect, test, vi } from 'vitest'
import { MODULES_APP, useApp } from './support.ts'

const start = useApp(MODULES_APP)
/** Script errors are printed, not raised, in these tests: the page's own error is what they read. */
const quiet = () => ({ callbackErrors: 'console' as const })

// reference/api/require.html: "需要引入模块文件相对于当前文件的相对路径，或npm模块名，或npm模块路径。默认不支持绝对路径，
// 可通过配置 resolveAlias 自定义路径映射。"
describe('require resolves paths as the client does (reference/api/require.html)', () => {
  test("require('helper.js') is the file next to the requiring one (the doc's `require('common.js')`)", async () => {
    const rt = start()
    const page = await rt.open('pages/index/index')
    expect(page.data.helper).toBe('pages/index/helper.js')
  })

  test("an extensionless path gets .js: require('../../utils/counter') is utils/counter.js", async () => {
    const rt = start()
    const page = await rt.open('pages/index/index')
    expect(page.data.count).toBe(1)
  })

  test('an npm module name is found in miniprogram_npm (require doc: "或npm模块名")', async () => {
    const rt = start()
    const page = await rt.open('pages/index/index')
    expect(page.data.npm).toBe('[x]')
  })

  test("a '/' path is not the app root: it is taken from the file's folder (module 'pages/rooted/utils/log.js' is not defined)", async () => {
    const rt = start(quiet())
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(rt.open('pages/rooted/index')).rejects.toThrow(
      "pages/rooted/index.js threw while it loaded: Error: module 'pages/rooted/utils/log.js' is not defined, require args is '/utils/log.js'",
    )
    error.mockRestore()
  })

  test("a missing module: Error: module 'store/index.js' is not defined, require args is '../../store/index'", async () => {
    const rt = start(quiet())
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await rt.open('pages/index/index')
    const result = await rt.wx.navigateTo({ url: '/pages/missing/index' }).catch((e: unknown) => e)
    expect(result).toEqual({ errMsg: 'navigateTo:fail page "pages/missing/index" is not found' })
    expect(error.mock.calls[0]![0]).toBe(
      "thirdScriptError\nError: module 'store/index.js' is not defined, require args is '../../store/index';at pages/missing/index.js",
    )
    error.mockRestore()
  })
})

// reference/configuration/app.html#resolveAlias (base library 2.12.0): "配置了之后，会对 require 里的模块路径进行规则匹配
// 并映射成配置的路径。如果命中多条映射规则，则取最长的命中规则。"
describe('app.json resolveAlias', () => {
  test("'~/*': '/*' and '@utils/*': 'utils/*' map require paths from the mini program root", async () => {
    const rt = start()
    const page = await rt.open('pages/alias/index')
    expect(page.data).toMatchObject({ time: '2024/12/25', appName: 'modules-fixture' })
  })

  test("the longest rule wins: '@utils/deep/*' → 'lib/*' over '@utils/*' → 'utils/*'", async () => {
    const rt = start()
    const page = await rt.open('pages/alias/index')
    expect(page.data.price).toBe('lib')
  })

  test('an alias is for require only: an import of @utils/util is a path next to the file', async () => {
    const rt = start(quiet())
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(rt.open('pages/alias-import/index')).rejects.toThrow(
      "module 'pages/alias-import/@utils/util.js' is not defined, require args is '@utils/util'",
    )
    error.mockRestore()
  })

  test('before base library 2.12.0 resolveAlias does nothing', async () => {
    const rt = start({ ...quiet(), SDKVersion: '2.11.4' })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(rt.open('pages/alias/index')).rejects.toThrow("module 'pages/alias/@utils/util.js' is not defined, require args is '@utils/util'")
    error.mockRestore()
  })
})

// framework/subpackages/async.html "跨分包 JS 代码引用" (base library 2.11.2): "除了非独立分包可以依赖主包外，分包之间不能
// 互相使用自定义组件或进行 require"; require.async / require(path, callback, error) wait for the package.
describe('require.async and the callback form across packages', () => {
  test('require.async from the main package resolves with the subpackage module', async () => {
    const rt = start()
    const shop = await rt.open('pages/shop/index')
    await rt.settle()
    expect(shop.data.price).toBe(42)
  })

  test('require(path, callback, error): the callback gets the module', async () => {
    const rt = start()
    const shop = await rt.open('pages/shop/index')
    await rt.settle()
    expect(shop.data.callbackPrice).toBe(42)
  })

  test('a sync require of a subpackage not downloaded yet fails: module \'packageA/utils/price.js\' is not defined', async () => {
    const rt = start(quiet())
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(rt.open('pages/eager/index')).rejects.toThrow(
      "module 'packageA/utils/price.js' is not defined, require args is '../../packageA/utils/price.js'",
    )
    error.mockRestore()
  })

  test('once require.async brought the package in, a sync require of it works', async () => {
    const rt = start()
    const shop = await rt.open('pages/shop/index')
    await rt.settle()
    const syncRequire = shop.instance.syncRequire as () => { price: number }
    expect(syncRequire.call(shop.instance).price).toBe(42)
  })

  test('require.async of a missing module rejects with { mod, errMsg } (the doc\'s .catch(({ mod, errMsg }) => …))', async () => {
    const rt = start()
    const shop = await rt.open('pages/shop/index')
    await shop.trigger('missing')
    expect(shop.data.error).toEqual({
      mod: '../../packageA/utils/nothing',
      errMsg: "module 'packageA/utils/nothing.js' is not defined, require args is '../../packageA/utils/nothing'",
    })
  })

  test('an independent subpackage cannot require the main package (subpackages/independent.html: 不能依赖主包…js 文件)', async () => {
    const rt = start(quiet())
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(rt.open('packageB/pages/solo/index')).rejects.toThrow(
      "module 'utils/counter.js' is not defined, require args is '../../../utils/counter'",
    )
    error.mockRestore()
  })

  test('before base library 2.11.2 there is no require.async', async () => {
    const rt = start({ ...quiet(), SDKVersion: '2.10.4' })
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(rt.open('pages/shop/index')).rejects.toThrow('require.async is not a function')
    error.mockRestore()
  })
})
