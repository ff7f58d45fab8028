// Events as the client dispatches them along the tree:
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/event.html
// https://developers.weixin.qq.com/miniprogram/dev/framework/component-framework/event-binding.html (mut-bind, capture)
// https://developers.weixin.qq.com/miniprogram/dev/framework/component-framework/event-object (target, currentTarget, dataset, mark)
import { describe, expect, test } from 'vitest'
import { useApp } from '../support.ts'
import { WXML_APP } from './support.ts'

const start = useApp(WXML_APP)

interface Logged {
  name: string
  target: string
  current: string
  dataset: Record<string, unknown>
  targetDataset: Record<string, unknown>
  mark: Record<string, unknown>
  type: string
}

async function eventsPage() {
  const page = await start().open('pages/events/index')
  const log = () => page.instance.data.log as Logged[]
  return { page, log, names: () => log().map((l) => l.name) }
}

describe('bubbling and catching', () => {
  test('a tap runs capture-bind outside-in first, then bind on the target, then bubbles up until a catch', async () => {
    const { page, names } = await eventsPage()
    await page.query('#inner')!.tap()
    // capture on #outer, bindtap on #inner, catchtap on #middle stops it before #outer's bindtap.
    expect(names()).toEqual(['capture', 'inner', 'middle'])
  })

  test('without the catch the tap bubbles to the outermost bindtap', async () => {
    const { page, names } = await eventsPage()
    page.instance.setData({ catching: false })
    await page.query('#free')!.tap()
    expect(names()).toEqual(['capture', 'free', 'mut1', 'outer'])
  })

  test('capture-catch stops the capture phase and cancels the bubble phase', async () => {
    const { page, names } = await eventsPage()
    await page.query('#stopped')!.tap()
    expect(names()).toEqual(['capture', 'stop'])
  })

  test('mut-bind: only the first mut-bind on the path runs; bind still runs', async () => {
    const { page, names } = await eventsPage()
    await page.query('#leaf')!.tap()
    expect(names()).toEqual(['capture', 'mut2', 'free', 'outer'])
  })

  test('tapping the text inside a node is a tap on that node', async () => {
    const { page, names } = await eventsPage()
    await page.getByText('leaf')!.tap()
    expect(names()).toContain('mut2')
  })
})

describe('the event object', () => {
  test('target is the tapped node, currentTarget the node whose binding runs, each with its dataset', async () => {
    const { page, log } = await eventsPage()
    await page.query('#inner')!.tap()
    const middle = log().find((l) => l.name === 'middle')!
    expect(middle.type).toBe('tap')
    expect(middle.target).toBe('inner')
    expect(middle.current).toBe('middle')
    expect(middle.dataset).toEqual({ level: 'middle' })
  })

  test('data-user-name becomes dataset.userName, data-userName becomes dataset.username', async () => {
    const { page, log } = await eventsPage()
    await page.query('#inner')!.tap()
    expect(log()[0]!.targetDataset).toEqual({ userName: 'ann', username: 'x' })
    expect(page.query('#inner')!.dataset).toEqual({ userName: 'ann', username: 'x' })
  })

  test('mark merges the mark: of the whole path, the child\'s winning, keys left as written', async () => {
    const { page, log } = await eventsPage()
    await page.query('#inner')!.tap()
    expect(log()[1]!.mark).toEqual({ from: 'middle', inner: 'yes' })
  })

  test('element.trigger sends a non-bubbling event to the node only', async () => {
    const { page, names } = await eventsPage()
    await page.query('#inner')!.trigger('longpress')
    // longpress bubbles too, but nobody binds it: nothing runs.
    expect(names()).toEqual([])
  })
})

describe('the tap gesture', () => {
  test('a handler run by an element tap may call wx.openSetting (a user tap), answered by the user', async () => {
    const rt = start({ user: { settings: {} } })
    const page = await rt.open('pages/events/index')
    let result: unknown
    page.instance.onInner = function () {
      rt.wx.openSetting({ success: (r) => (result = r.errMsg) })
    }
    await page.query('#inner')!.tap()
    expect(result).toBe('openSetting:ok')
  })
})

describe('a binding naming no method', () => {
  test('is the client\'s warning as a FakeWxError with the file and line', async () => {
    const { page } = await eventsPage()
    await expect(page.query('#nohandler')!.tap()).rejects.toThrow(
      'pages/events/index.wxml:9: Component "pages/events/index" does not have a method "doesNotExist" to handle event "tap".',
    )
  })
})

test('the same call outside a tap fails with the tap-gesture rule', async () => {
  const rt = start({ user: { settings: {} } })
  await rt.open('pages/events/index')
  const err = await rt.wx.openSetting().catch((e: { errMsg: string }) => e)
  expect((err as { errMsg: string }).errMsg).toMatch(/TAP gesture/)
})
