// https://developers.weixin.qq.com/miniprogram/dev/api/wxml/wx.createSelectorQuery.html, SelectorQuery.exec.html,
// NodesRef.boundingClientRect.html, NodesRef.fields.html
import { describe, expect, test } from 'vitest'
import { useApp } from '../support.ts'
import { WXML_APP } from './support.ts'

const start = useApp(WXML_APP)

test('exec answers every request in order, with the documented box (full-width 40px rows in document order)', async () => {
  const rt = start()
  const page = await rt.open('pages/query/index')
  const width = rt.wx.getWindowInfo().windowWidth
  const results = await (page.instance.measure as () => Promise<unknown[]>)()
  expect(results).toEqual([
    { id: 'head', dataset: { kind: 'head' }, left: 0, right: width, top: 0, bottom: 40, width, height: 40 },
    [
      { width, height: 40 },
      { width, height: 40 },
    ].map((box) => ({ ...box, dataset: {} })),
    { scrollLeft: 0, scrollTop: 0, scrollWidth: width, scrollHeight: rt.wx.getWindowInfo().windowHeight },
    null,
  ])
})

test('the answer comes asynchronously, after exec returns', async () => {
  const rt = start()
  await rt.open('pages/query/index')
  let answered = false
  rt.wx.createSelectorQuery().select('#head').boundingClientRect().exec(() => (answered = true))
  expect(answered).toBe(false)
  await rt.settle()
  expect(answered).toBe(true)
})

test('a node added by setData is found by the next query', async () => {
  const rt = start()
  const page = await rt.open('pages/render/index')
  const find = () => new Promise((resolve) => rt.wx.createSelectorQuery().select('.one').boundingClientRect().exec((r) => resolve(r[0])))
  expect(await find()).toBeNull()
  page.instance.setData({ count: 1 })
  expect(await find()).toMatchObject({ height: 40 })
})

test('this.createSelectorQuery() of a page searches its tree', async () => {
  const page = await start().open('pages/query/index')
  const rows = await new Promise<unknown>((resolve) =>
    (page.instance.createSelectorQuery as () => WechatMiniprogram.SelectorQuery)().selectAll('.row').boundingClientRect().exec((r) => resolve(r[0])),
  )
  expect((rows as Array<{ top: number }>).map((r) => r.top)).toEqual([40, 80])
})

describe('a component\'s own this.createSelectorQuery() (wx.createSelectorQuery.html: "在自定义组件…中，应使用 this.createSelectorQuery()")', () => {
  test('selects in the component\'s shadow tree only, with the rows\' places on the page', async () => {
    const rt = start()
    const page = await rt.open('pages/panel/index')
    const width = rt.wx.getWindowInfo().windowWidth
    const panel = page.selectComponent('#panel') as unknown as { measure(): Promise<unknown[]> }
    const [rows, first] = await panel.measure()
    // The page's own .row#first is the first 40px row; the panel's two rows come after it (and the host node).
    expect((rows as { top: number; width: number }[]).map((r) => r.width)).toEqual([width, width])
    expect((rows as { top: number }[]).every((r) => r.top >= 40)).toBe(true)
    expect(first).toEqual({ id: 'first' })
  })

  test('wx.createSelectorQuery().in(component) finds the same nodes; the page\'s own query does not reach into the component', async () => {
    const rt = start()
    const page = await rt.open('pages/panel/index')
    const fromPage = (await (page.instance.measureFromPage as () => Promise<unknown[]>)())[0] as { top: number }[]
    const [own] = await (page.selectComponent('#panel') as unknown as { measure(): Promise<unknown[]> }).measure()
    expect(fromPage).toEqual(own)
    const pageRows = (await (page.instance.measurePage as () => Promise<unknown[]>)())[0] as { top: number }[]
    expect(pageRows.map((r) => r.top)).toEqual([0])
  })
})
