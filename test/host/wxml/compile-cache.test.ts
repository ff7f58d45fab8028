import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setImmediate as turn } from 'node:timers/promises'
import { afterEach, describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'
import { compiledWxmlCount } from '../../../src/runtime/host/wxml/view.ts'

// A page's WXML is compiled once per process and file version (issue 14), as its .js is (test/host/modules.test.ts).

let installed: Runtime | undefined
afterEach(() => installed?.uninstall())

function appWith(wxml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'fake-wx-wxml-'))
  mkdirSync(join(root, 'pages/index'), { recursive: true })
  writeFileSync(join(root, 'app.json'), JSON.stringify({ pages: ['pages/index/index'] }))
  writeFileSync(join(root, 'pages/index/index.js'), "Page({ data: { name: 'Ann' } })")
  writeFileSync(join(root, 'pages/index/index.wxml'), wxml)
  return root
}

async function open(root: string, cache?: 'watch' | 'stat') {
  const rt = createRuntime({ app: { root, ...(cache ? { cache } : {}) } })
  rt.install()
  installed = rt
  const page = await rt.open('pages/index/index')
  return { rt, page }
}

describe('WXML files compile once per process and file version', () => {
  test('a second runtime renders the page from the compiled file: nothing compiles again', async () => {
    const root = appWith('<view id="hi">Hello {{name}}</view>')
    const first = await open(root)
    expect(first.page.query('#hi')?.text).toBe('Hello Ann')
    first.rt.uninstall()
    const before = compiledWxmlCount()
    const second = await open(root)
    expect(second.page.query('#hi')?.text).toBe('Hello Ann')
    expect(compiledWxmlCount()).toBe(before)
  })

  test('a WXML file rewritten between runtimes renders as it is now, once fs.watch has told of it', async () => {
    const root = appWith('<view id="hi">Hello {{name}}</view>')
    const first = await open(root)
    expect(first.page.query('#hi')?.text).toBe('Hello Ann')
    first.rt.uninstall()
    writeFileSync(join(root, 'pages/index/index.wxml'), '<view id="hi">Goodbye, {{name}}!</view>')
    await turn() // the event loop turns: fs.watch reports the write (a second turn in case this one came mid-loop)
    await turn()
    const second = await open(root)
    expect(second.page.query('#hi')?.text).toBe('Goodbye, Ann!')
  })

  test("with cache: 'stat', a WXML file rewritten a moment ago renders as rewritten at once", async () => {
    const root = appWith('<view id="hi">Hello {{name}}</view>')
    const first = await open(root, 'stat')
    expect(first.page.query('#hi')?.text).toBe('Hello Ann')
    first.rt.uninstall()
    writeFileSync(join(root, 'pages/index/index.wxml'), '<view id="hi">Goodbye, {{name}}!</view>')
    const second = await open(root, 'stat')
    expect(second.page.query('#hi')?.text).toBe('Goodbye, Ann!')
  })
})
