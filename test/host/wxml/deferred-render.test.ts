import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { createRuntime, type Runtime } from '../../../src/index.ts'

// A plain page's WXML renders when the view is first read (issue 14: host/wxml/render-safe.ts); what shows is
// still what the view received at each setData, never a later change of this.data made without setData.

let installed: Runtime | undefined
afterEach(() => installed?.uninstall())

async function open(wxml: string, js: string) {
  const root = mkdtempSync(join(tmpdir(), 'fake-wx-deferred-'))
  mkdirSync(join(root, 'pages/index'), { recursive: true })
  writeFileSync(join(root, 'app.json'), JSON.stringify({ pages: ['pages/index/index'] }))
  writeFileSync(join(root, 'pages/index/index.js'), js)
  writeFileSync(join(root, 'pages/index/index.wxml'), wxml)
  const rt = createRuntime({ app: { root } })
  rt.install()
  installed = rt
  return { rt, page: await rt.open('pages/index/index') }
}

const PAGE = `Page({
  data: { n: 1, items: [] },
  bump() { this.setData({ n: this.data.n + 1 }) },
  mutate() { this.data.n = 99 },
  bumpThenMutate() { this.setData({ n: 5 }); this.data.n = 42 },
})`

describe('a plain page view renders when read, from the data of its last setData', () => {
  test('setData before the first read shows; this.data changed without setData does not', async () => {
    const { page } = await open('<view><text id="n">{{n}}</text><text wx:if="{{n > 2}}" id="big">big</text></view>', PAGE)
    await page.tap('bump')
    await page.tap('bump')
    expect(page.query('#n')?.text).toBe('3')
    expect(page.query('#big')).not.toBeNull()
    await page.tap('mutate')
    expect(page.query('#n')?.text).toBe('3')
    await page.tap('bumpThenMutate')
    expect(page.query('#n')?.text).toBe('5')
    expect(page.instance.data.n).toBe(42)
  })

  test('a handle found before a setData reads the tree after it', async () => {
    const { page } = await open('<view><text id="n">{{n}}</text></view>', PAGE)
    const text = page.query('#n')
    expect(text?.text).toBe('1')
    await page.tap('bump')
    expect(text?.text).toBe('2')
    expect(page.wxml()).toContain('2')
  })

  test('a bad expression still fails the open, as an eager render does', async () => {
    await expect(open('<view>{{n +}}</view>', PAGE)).rejects.toThrow()
  })
})
