// The view as the client renders a page's WXML from its data:
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/data_bind.html, list.html, conditional.html,
// template.html, import.html; https://developers.weixin.qq.com/miniprogram/dev/reference/wxs/
import { describe, expect, test } from 'vitest'
import { useApp } from '../support.ts'
import { WXML_APP } from './support.ts'

const start = useApp(WXML_APP)

describe('data binding', () => {
  test('{{ }} in text and attributes shows the page data', async () => {
    const page = await start().open('pages/render/index')
    const title = page.query('#title')!
    expect(title.text).toBe('Hello Ann')
    expect(title.attr('class')).toBe('title big')
  })

  test('a path through undefined shows nothing instead of throwing', async () => {
    const page = await start().open('pages/render/index')
    expect(page.query('.missing')!.text).toBe('[]')
  })

  test('expressions: string concatenation, array and object literals', async () => {
    const page = await start().open('pages/render/index')
    expect(page.query('.str')!.text).toBe('a1 2 1')
  })
})

describe('conditional rendering', () => {
  test('wx:if / wx:elif / wx:else render exactly one branch, re-rendered after setData', async () => {
    const page = await start().open('pages/render/index')
    expect(page.query('.many')).not.toBeNull()
    expect(page.query('.one')).toBeNull()
    page.instance.setData({ count: 1 })
    expect(page.query('.many')).toBeNull()
    expect(page.query('.one')!.text).toBe('one')
    page.instance.setData({ count: 0 })
    expect(page.query('.none')!.text).toBe('none')
  })

  test('hidden keeps the node in the tree but the user cannot tap it', async () => {
    const page = await start().open('pages/render/index')
    const maybe = page.query('.maybe')!
    expect(maybe.attr('hidden')).toBe(true)
    await expect(maybe.tap()).rejects.toThrow(/hidden/)
    page.instance.setData({ shown: true })
    expect(page.query('.maybe')!.attr('hidden')).toBe(false)
  })
})

describe('list rendering', () => {
  test('wx:for with wx:for-item / wx:for-index on a block repeats its content', async () => {
    const page = await start().open('pages/render/index')
    expect(page.queryAll('.good').map((g) => g.text)).toEqual(['0: Tea ¥12.50', '1: Cake ¥3.00'])
    expect(page.queryAll('.good').map((g) => g.dataset)).toEqual([{ index: 0 }, { index: 1 }])
  })

  test('wx:for over a number counts from 0', async () => {
    const page = await start().open('pages/render/index')
    expect(page.queryAll('.n').map((n) => n.text)).toEqual(['0', '1', '2'])
  })

  test('setData on a list path re-renders the list', async () => {
    const page = await start().open('pages/render/index')
    page.instance.setData({ 'goods[1].name': 'Pie', goods: [...(page.instance.data.goods as object[]), { id: 'c', name: 'Jam', cents: 5 }] })
    expect(page.queryAll('.good').map((g) => g.text)).toEqual(['0: Tea ¥12.50', '1: Pie ¥3.00', '2: Jam ¥0.05'])
  })
})

describe('templates, import, include, wxs', () => {
  test('<template is data="{{...obj, k: v}}"> from an imported file renders with its own scope and its file\'s wxs', async () => {
    const page = await start().open('pages/render/index')
    const item = page.query('.item')!
    expect(item.text).toBe('FIRST x')
    expect(item.dataset).toEqual({ itemId: 7 })
  })

  test('<include> brings the file\'s nodes (not its templates) with the page\'s data', async () => {
    const page = await start().open('pages/render/index')
    expect(page.query('.footer')!.text).toBe('© shop')
    expect(page.getByText('never')).toBeNull()
  })

  test('a <wxs src> module formats values, require()s another .wxs, reads the clock with getDate() and sees no wx', async () => {
    const rt = start()
    const page = await rt.open('pages/render/index')
    expect(page.query('.year')!.text).toBe(`${new Date(rt.clock.now()).getFullYear()} 05 false`)
  })
})

describe('page.wxml()', () => {
  test('is a stable indented markup of what is rendered, changing with the data', async () => {
    const page = await start().open('pages/render/index')
    const before = page.wxml()
    expect(page.wxml()).toBe(before)
    expect(before).toContain('<view id="title" class="title big">\n  Hello Ann\n</view>')
    expect(before).toContain('<view class="good" data-index="0">')
    page.instance.setData({ user: { name: 'Bo' } })
    expect(page.wxml()).toContain('Hello Bo')
  })
})

describe('getByText and query', () => {
  test('getByText finds the element whose own trimmed text equals the text; null when none', async () => {
    const page = await start().open('pages/render/index')
    expect(page.getByText('many')!.attr('class')).toBe('many')
    expect(page.getByText('Hello')).toBeNull()
    expect(page.getByText(/^Hello/)!.id).toBe('title')
  })

  test('query takes #id, .class, tag, descendant and child selectors', async () => {
    const page = await start().open('pages/events/index')
    expect(page.query('#outer #inner')!.text).toBe('inner')
    expect(page.query('#outer > #inner')).toBeNull()
    expect(page.query('#middle > view')!.id).toBe('inner')
    expect(page.queryAll('view').length).toBe(8)
    expect(page.query('view#leaf')!.text).toBe('leaf')
  })

  test('page.query keeps the page query as its properties, and page.options is the plain query', async () => {
    const page = await start().open('pages/render/index?from=share')
    expect(page.query.from).toBe('share')
    expect(page.options).toEqual({ from: 'share' })
  })
})

describe('pages without WXML', () => {
  test('a page with no .wxml runs as before: handlers by name, no rendered tree', async () => {
    const page = await start().open('pages/plain/index')
    await page.tap('onTap')
    expect(page.data.n).toBe(1)
    expect(() => page.wxml()).toThrow(/has no pages\/plain\/index.wxml/)
  })
})
