import { describe, expect, test, vi } from 'vitest'
import { FIXTURE_APP, MODULES_APP, useApp } from './support.ts'

// Under jest every test file runs in a vm context of its own (modules/realm.ts): there app files are evaluated with
// that context's eval instead of vm.compileFunction, and ES module files are compiled by the loader instead of
// Node's import() (which jest lacks without --experimental-vm-modules). The package check runs this under real
// jest; here the realm check answers "not Node's" to drive the same paths in vitest.
vi.mock('../../src/runtime/host/modules/realm.ts', () => ({ inNodeRealm: () => false }))
vi.mock('../../src/runtime/host/modules/esm.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/runtime/host/modules/esm.ts')>()),
  importFresh: () => Promise.reject(new Error('import() is not there under jest')),
}))

const start = useApp(FIXTURE_APP)
const startModules = useApp(MODULES_APP)

describe('app files outside Node\'s main context (jest)', () => {
  test('CommonJS pages and the modules they require load, module state lasting for the run', async () => {
    const rt = start()
    const a = await rt.open('pages/a/index')
    expect(a.data.n).toBe(1)
    await rt.wx.reLaunch({ url: '/pages/a/index' })
    expect(rt.currentPage()!.data.n).toBe(2)
  })

  test('an ES module page (.mjs) loads without import()', async () => {
    const first = await start().open('pages/esm/index', { query: { k: 'v' } })
    expect(first.data).toMatchObject({ kind: 'esm', query: { k: 'v' } })
  })

  test('a script error names the line the app wrote', async () => {
    const rt = startModules({ callbackErrors: 'console' })
    await rt.open('pages/index/index')
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await rt.wx.navigateTo({ url: '/pages/broken/index' }).catch(() => undefined)
    error.mockRestore()
    const errors = (rt.app.instance!.globalData as { errors: string[] }).errors
    expect(errors[0]).toContain(`${MODULES_APP}/pages/broken/index.js:3:`)
  })
})
