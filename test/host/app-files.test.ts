import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate as turn } from 'node:timers/promises'
import { afterEach, describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError, type Runtime } from '../../src/index.ts'
import { fileSystemLookups } from '../../src/runtime/host/app-files.ts'

// The page host looks the app's files up once per process and keeps what it found until fs.watch reports a change
// in the folder (createRuntime({ app: { cache } }), host/app-files.ts; issue 14: every system call cost a page-host
// run ~10 µs on the project's machine). `cache: 'stat'` looks again on every use.

let installed: Runtime | undefined
afterEach(() => {
  installed?.uninstall()
  installed = undefined
})

function writeApp(root: string, title?: string): string {
  mkdirSync(join(root, 'pages/index'), { recursive: true })
  writeFileSync(join(root, 'app.json'), JSON.stringify({ pages: ['pages/index/index'] }))
  writeFileSync(join(root, 'app.js'), 'App({ globalData: {} })')
  writeFileSync(join(root, 'pages/index/index.js'), "const { hello } = require('../../utils/hello')\nPage({ data: { text: hello() } })")
  writeFileSync(join(root, 'pages/index/index.wxml'), '<view id="text">{{text}}</view>')
  mkdirSync(join(root, 'utils'), { recursive: true })
  writeFileSync(join(root, 'utils/hello.js'), "module.exports = { hello: () => 'hello' }")
  if (title !== undefined) writeFileSync(join(root, 'pages/index/index.json'), JSON.stringify({ navigationBarTitleText: title }))
  return root
}

const newApp = (title?: string) => writeApp(mkdtempSync(join(tmpdir(), 'fake-wx-files-')), title)

async function open(root: string, cache?: 'watch' | 'stat') {
  installed?.uninstall()
  const rt = createRuntime({ app: { root, ...(cache ? { cache } : {}) } })
  rt.install()
  installed = rt
  const page = await rt.open('pages/index/index')
  return { rt, page }
}

/** Two turns of the event loop: fs.watch's report of a write is handled in the first (or the second, when the first began mid-loop). */
async function watchersTold() {
  await turn()
  await turn()
}

describe('app files are looked up once per process', () => {
  test('a second runtime on the same app asks the file system nothing', async () => {
    const root = newApp()
    const first = await open(root)
    expect(first.page.query('#text')?.text).toBe('hello')
    const before = fileSystemLookups()
    const second = await open(root)
    expect(second.page.query('#text')?.text).toBe('hello')
    expect(fileSystemLookups()).toBe(before)
  })

  test("with cache: 'stat' every runtime asks again", async () => {
    const root = newApp()
    await open(root, 'stat')
    const before = fileSystemLookups()
    await open(root, 'stat')
    expect(fileSystemLookups()).toBeGreaterThan(before)
  })

  test('a module rewritten in place runs as rewritten once fs.watch has told of it', async () => {
    const root = newApp()
    expect((await open(root)).page.data).toMatchObject({ text: 'hello' })
    writeFileSync(join(root, 'utils/hello.js'), "module.exports = { hello: () => 'hi again' }")
    await watchersTold()
    expect((await open(root)).page.data).toMatchObject({ text: 'hi again' })
  })

  test("a page's .json made after a runtime found none is read once fs.watch has told of it", async () => {
    const root = newApp()
    const { page } = await open(root)
    expect(page.navigationBar.title).toBe('')
    writeFileSync(join(root, 'pages/index/index.json'), JSON.stringify({ navigationBarTitleText: 'Shops' }))
    await watchersTold()
    expect((await open(root)).page.navigationBar.title).toBe('Shops')
  })

  test('an app folder removed and written again at the same path is read afresh', async () => {
    const root = newApp()
    expect((await open(root)).page.data).toMatchObject({ text: 'hello' })
    installed?.uninstall()
    installed = undefined
    rmSync(root, { recursive: true })
    await watchersTold()
    writeApp(root)
    writeFileSync(join(root, 'utils/hello.js'), "module.exports = { hello: () => 'a new app' }")
    await watchersTold()
    expect((await open(root)).page.data).toMatchObject({ text: 'a new app' })
    // the new folders are watched: a later write is seen too
    writeFileSync(join(root, 'utils/hello.js'), "module.exports = { hello: () => 'written later' }")
    await watchersTold()
    expect((await open(root)).page.data).toMatchObject({ text: 'written later' })
  })

  test("cache: 'stat' on one app leaves another app's lookups kept", async () => {
    const kept = newApp()
    const checked = newApp()
    await open(kept)
    await open(checked, 'stat')
    const before = fileSystemLookups()
    await open(kept)
    expect(fileSystemLookups()).toBe(before)
  })

  test('an unknown cache is an error that names the two', () => {
    const root = newApp()
    expect(() => createRuntime({ app: { root, cache: 'forever' as 'watch' } })).toThrow(FakeWxError)
    expect(() => createRuntime({ app: { root, cache: 'forever' as 'watch' } })).toThrow(/"forever"/)
  })
})
