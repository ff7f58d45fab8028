import { describe, expect, test } from 'vitest'
import { useApp, VIEW_APP } from '../support.ts'

// WXML as the client renders it from data, one describe per documented directive:
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/data.html (数据绑定)
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/conditional.html (条件渲染)
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/list.html (列表渲染)
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/template.html, import.html (模板, 引用)
// https://developers.weixin.qq.com/miniprogram/dev/reference/wxs/01wxs-module.html (WXS 模块)
const start = useApp(VIEW_APP)

describe('data binding: {{ }} in text and attributes', () => {
  test('text content shows the data ("内容" example)', async () => {
    const page = await start().open('pages/bindings/index')
    expect(page.query('#message')!.text).toBe('Hello MINA!')
    expect(page.getByText('Hello MINA!')).not.toBeNull()
  })

  test('attributes are bound too: id and class built from data', async () => {
    const page = await start().open('pages/bindings/index')
    const node = page.query('#item-0')!
    expect(node.attr('class')).toBe('box on')
    expect(page.query('.box.on')).not.toBeNull()
  })

  test('operations: arithmetic, string concatenation, paths, ternary ("{{a + b}} + {{c}} + d" → "3 + 3 + d")', async () => {
    const page = await start().open('pages/bindings/index')
    expect(page.query('#sum')!.text).toBe('3 + 3 + d')
    expect(page.query('#concat')!.text).toBe('hello MINA')
    expect(page.query('#path')!.text).toBe('Hello  MINA')
    expect(page.query('#ternary')!.text).toBe('开')
  })

  test('a field the data does not have renders as empty text; markup in data stays text', async () => {
    const page = await start().open('pages/bindings/index')
    expect(page.query('#missing')!.text).toBe('[]')
    expect(page.query('#markup')!.text).toBe('<b>bold</b>')
    expect(page.query('b')).toBeNull()
  })

  test('checked="{{false}}" is the boolean false, checked="false" is the (truthy) string, a bare attribute is true', async () => {
    const page = await start().open('pages/bindings/index')
    expect(page.query('#cb-false')!.attr('checked')).toBe(false)
    expect(page.query('#cb-string')!.attr('checked')).toBe('false')
    expect(page.query('#cb-bare')!.attr('checked')).toBe(true)
  })

  test('setData re-renders what the user sees, attributes included', async () => {
    const page = await start().open('pages/bindings/index')
    await page.getByText('改名')!.tap()
    expect(page.getByText('Hello MINA!')).toBeNull()
    expect(page.query('#message')!.text).toBe('Hello again')
    expect(page.query('#path')!.text).toBe('Hi  MINA')
    expect(page.query('#item-0')).toBeNull()
    expect(page.query('#item-7')!.attr('class')).toBe('box off')
  })

  test('page.wxml() is a stable serialisation of the tree, and follows setData', async () => {
    const page = await start().open('pages/bindings/index')
    const before = page.wxml()
    expect(before).toContain('Hello MINA!')
    expect(page.wxml()).toBe(before)
    await page.getByText('改名')!.tap()
    expect(page.wxml()).not.toBe(before)
    expect(page.wxml()).toContain('Hello again')
  })
})

describe('conditional rendering: wx:if / wx:elif / wx:else, block, hidden', () => {
  test('exactly one branch of an if/elif/else chain is rendered, and it follows setData', async () => {
    const page = await start().open('pages/conditions/index')
    expect(page.getByText('不大于2')).not.toBeNull()
    expect(page.getByText('大于2')).toBeNull()
    await page.getByText('长度3')!.tap()
    expect(page.getByText('大于2')).not.toBeNull()
    expect(page.getByText('不大于2')).toBeNull()
    await page.getByText('长度6')!.tap()
    expect(page.getByText('大于5')).not.toBeNull()
    expect(page.getByText('大于2')).toBeNull()
  })

  test('<block wx:if> renders its children and is not itself a node ("仅仅是一个包装元素")', async () => {
    const page = await start().open('pages/conditions/index')
    expect(page.queryAll('.in-block').map((n) => n.text)).toEqual(['块一', '块二'])
    expect(page.query('block')).toBeNull()
    expect(page.wxml()).not.toContain('<block')
    await page.getByText('切换')!.tap()
    expect(page.queryAll('.in-block')).toEqual([])
  })

  test('hidden keeps the node in the tree (only hides it); wx:if removes it', async () => {
    const page = await start().open('pages/conditions/index')
    await page.getByText('切换')!.tap()
    const hidden = page.query('#hidden-node')
    expect(hidden).not.toBeNull()
    expect(hidden!.attr('hidden')).toBe(true)
    expect(page.query('#if-node')).toBeNull()
  })
})

describe('list rendering: wx:for', () => {
  test('the current item is `item` and its index `index` by default', async () => {
    const page = await start().open('pages/lists/index')
    expect(page.queryAll('.row').map((n) => n.text)).toEqual(['0: foo', '1: bar'])
  })

  test('wx:for-item and wx:for-index rename them', async () => {
    const page = await start().open('pages/lists/index')
    expect(page.queryAll('.named').map((n) => n.text)).toEqual(['0: foo', '1: bar'])
  })

  test('a space between }} and the quote makes the value a string, iterated character by character', async () => {
    const page = await start().open('pages/lists/index')
    // "花括号和引号之间如果有空格，将最终被解析成为字符串": wx:for="{{[1,2,3]}} " equals wx:for="{{[1,2,3] + ' '}}"
    expect(page.queryAll('.chars').map((n) => n.text)).toEqual(['[1]', '[,]', '[2]', '[,]', '[3]', '[ ]'])
  })

  test('<block wx:for> repeats a group of nodes', async () => {
    const page = await start().open('pages/lists/index')
    expect(page.queryAll('.pair').map((n) => n.text)).toEqual(['1a', '1b', '2a', '2b'])
  })

  test('nested wx:for with their own item and index names', async () => {
    const page = await start().open('pages/lists/index')
    expect(page.queryAll('.cell').map((n) => n.text)).toEqual(['0-0:1', '0-1:2', '1-0:3', '1-1:4'])
  })

  test('the list re-renders after setData', async () => {
    const page = await start().open('pages/lists/index')
    await page.getByText('加在最前')!.tap()
    expect(page.queryAll('.row').map((n) => n.text)).toEqual(['0: baz', '1: foo', '2: bar'])
  })

  test('wx:key keeps each component instance (and its own state) with its item when the list is reordered', async () => {
    const page = await start().open('pages/lists/index')
    await page.getByText('甲×0')!.tap()
    await page.getByText('甲×1')!.tap()
    await page.getByText('倒序')!.tap()
    // "当数据改变触发渲染层重新渲染的时候，会校正带有 key 的组件，框架会确保他们被重新排序，而不是重新创建"
    expect(page.queryAll('.keyed-label').map((n) => n.text)).toEqual(['丙×0', '乙×0', '甲×2'])
  })
})

describe('template, import and include', () => {
  test('<template is data="{{...item}}"> renders the named template with the spread object as its data', async () => {
    const page = await start().open('pages/templates/index')
    expect(page.query('.msg')!.text).toBe('0: this is a template Time: 2016-09-15')
  })

  test('`is` can be an expression choosing the template per item', async () => {
    const page = await start().open('pages/templates/index')
    expect(page.queryAll('.parity').map((n) => n.text)).toEqual(['odd', 'even', 'odd', 'even', 'odd'])
  })

  test('a template has its own scope: only the data passed in ("模板拥有自己的作用域")', async () => {
    const page = await start().open('pages/templates/index')
    expect(page.query('.scoped')!.text).toBe('[]')
  })

  test('import brings the templates of the imported file (relative and absolute src)', async () => {
    const page = await start().open('pages/templates/index')
    expect(page.query('.item')!.text).toBe('forbar')
    expect(page.query('.card')!.text).toBe('导入的卡片')
  })

  test('import is not transitive: a template the imported file imports is not there (C imports B imports A)', async () => {
    const page = await start().open('pages/templates/index')
    expect(page.getByText('深层模板')).toBeNull()
  })

  test('include copies the file except its <template>s, bound to the including page data', async () => {
    const page = await start().open('pages/templates/index')
    expect(page.query('.header')!.text).toBe('页眉')
    expect(page.query('.from-include')).toBeNull()
  })
})

describe('wxs modules', () => {
  test('an inline <wxs module> exports values to the page', async () => {
    const page = await start().open('pages/wxs/index')
    expect(page.query('#inline')!.text).toBe('hello world')
  })

  test('<wxs src> loads a .wxs file, which can require another .wxs file', async () => {
    const page = await start().open('pages/wxs/index')
    expect(page.query('#foo')!.text).toBe("'hello world' from tools.wxs")
    expect(page.query('#required')!.text).toBe('WXS!')
  })

  test('wxs functions run in bindings and re-run on setData', async () => {
    const page = await start().open('pages/wxs/index')
    expect(page.query('#price')!.text).toBe('¥19.99')
    expect(page.query('#max')!.text).toBe('5')
    await page.getByText('打折')!.tap()
    expect(page.query('#price')!.text).toBe('¥15.00')
  })
})
