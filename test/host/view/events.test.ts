import { describe, expect, test } from 'vitest'
import { FakeWxError } from '../../../src/index.ts'
import { useApp, VIEW_APP } from '../support.ts'

// Events as the client dispatches them along the rendered tree:
// https://developers.weixin.qq.com/miniprogram/dev/framework/view/wxml/event.html (事件冒泡, 事件对象, dataset, mark)
// https://developers.weixin.qq.com/miniprogram/dev/framework/component-framework/event-binding.html (捕获阶段, 互斥事件绑定,
// 在事件绑定中使用数据绑定)
const start = useApp(VIEW_APP)

async function eventsPage() {
  const page = await start({ user: { settings: {} } }).open('pages/events/index')
  return { page, calls: () => page.data.calls as string[] }
}

describe('bind does not stop bubbling, catch does', () => {
  test('tapping the inner view calls handleTap3 then handleTap2 (middle catches it)', async () => {
    const { page, calls } = await eventsPage()
    await page.getByText('inner view')!.tap()
    expect(calls()).toEqual(['handleTap3', 'handleTap2'])
  })

  test('tapping the middle view calls handleTap2 only; the outer view handleTap1', async () => {
    const { page, calls } = await eventsPage()
    await page.query('#middle')!.tap()
    expect(calls()).toEqual(['handleTap2'])
    await page.query('#outer')!.tap()
    expect(calls()).toEqual(['handleTap2', 'handleTap1'])
  })
})

describe('capture phase: capture-bind runs outside-in before the bubbling phase', () => {
  test('touchstart on the inner view: handleTap2, handleTap4, handleTap3, handleTap1', async () => {
    const { page, calls } = await eventsPage()
    await page.query('#c-inner')!.trigger('touchstart')
    expect(calls()).toEqual(['handleTap2', 'handleTap4', 'handleTap3', 'handleTap1'])
  })

  test('capture-catch on the outer view stops the capture phase and cancels bubbling: handleTap2 only', async () => {
    const { page, calls } = await eventsPage()
    await page.query('#cc-inner')!.trigger('touchstart')
    expect(calls()).toEqual(['handleTap2'])
  })
})

describe('mut-bind: only one mut-bind handler runs along the path; bind and catch are not affected', () => {
  test('tapping the inner view calls handleTap3 and handleTap2 (not the outer mut-bind)', async () => {
    const { page, calls } = await eventsPage()
    await page.getByText('mut inner')!.tap()
    expect(calls()).toEqual(['handleTap3', 'handleTap2'])
  })

  test('tapping the middle view calls handleTap2 and handleTap1', async () => {
    const { page, calls } = await eventsPage()
    await page.getByText('mut middle')!.tap()
    expect(calls()).toEqual(['handleTap2', 'handleTap1'])
  })
})

describe('the event object', () => {
  test('target is the node tapped, currentTarget the node whose handler runs, each with its id and dataset', async () => {
    const { page } = await eventsPage()
    await page.getByText('Click me!')!.tap()
    const seen = page.data.seen as Record<string, unknown>
    expect(seen.type).toBe('tap')
    expect(seen.target).toMatchObject({ id: 'child', dataset: { child: 'yes' } })
    expect(seen.currentTarget).toMatchObject({ id: 'tapTest', dataset: { hi: 'Weixin' } })
  })

  test('dataset: data-element-type → elementType, data-elementType → elementtype; bound values keep their type', async () => {
    const { page } = await eventsPage()
    await page.query('#tapTest')!.tap()
    const seen = page.data.seen as { currentTarget: { dataset: Record<string, unknown> } }
    expect(seen.currentTarget.dataset).toEqual({ hi: 'Weixin', elementType: 'hyphen', elementtype: 'camel', n: 1 })
    expect(page.query('#tapTest')!.dataset).toEqual({ hi: 'Weixin', elementType: 'hyphen', elementtype: 'camel', n: 1 })
  })

  test('a tap carries detail { x, y } and touches', async () => {
    const { page } = await eventsPage()
    await page.query('#tapTest')!.tap()
    const seen = page.data.seen as { detail: Record<string, unknown> }
    expect(seen.detail).toEqual({ x: expect.any(Number), y: expect.any(Number) })
  })

  test('mark: every mark: on the path from the target up, names kept as written (no camelCase conversion)', async () => {
    const { page, calls } = await eventsPage()
    await page.getByText('按钮')!.tap()
    expect(calls()).toEqual(['bindButtonTap', 'bindViewTap'])
    expect(page.data.buttonMark).toEqual({ myMark: 'last', anotherMark: 'leaf' })
    expect(page.data.viewMark).toEqual({ myMark: 'last', anotherMark: 'leaf' })
  })
})

describe('handlers named by data', () => {
  test('bindtap="{{handler}}" calls the method the data names; an empty string disables the binding', async () => {
    const { page, calls } = await eventsPage()
    await page.getByText('动态处理函数')!.tap()
    expect(calls()).toEqual(['dynamicA'])
    await page.getByText('停用')!.tap()
    await page.getByText('动态处理函数')!.tap()
    expect(calls()).toEqual(['dynamicA'])
  })

  test('a binding naming a method the page does not have is the client\'s warning, pointing at the WXML file', async () => {
    const page = await start().open('pages/missing-method/index')
    const tapped = page.getByText('没有这个方法')!.tap()
    await expect(tapped).rejects.toThrow(FakeWxError)
    await expect(tapped).rejects.toThrow(/does not have a method "nope" to handle event "tap"/)
    await expect(tapped).rejects.toThrow(/pages\/missing-method\/index\.wxml:2/)
  })
})

describe('bubbling is for touch and tap events only', () => {
  test('an input event reaches the <input>\'s bindinput, not its parent\'s ("其他组件自定义事件如无特殊声明都是非冒泡事件")', async () => {
    const { page, calls } = await eventsPage()
    await page.query('#field')!.input('a')
    expect(calls()).toEqual(['innerInput'])
  })
})

describe('a tap on an element is the user\'s tap gesture (research.md §1.5)', () => {
  test('wx.openSetting in the handler\'s synchronous part opens the settings page', async () => {
    const { page } = await eventsPage()
    await page.getByText('打开设置')!.tap()
    expect(page.data.results).toEqual(['openSetting:ok'])
  })

  test('after an await the gesture is gone: the phone\'s TAP gesture failure', async () => {
    const { page } = await eventsPage()
    await page.getByText('稍后打开设置')!.tap()
    expect(page.data.results).toEqual(['openSetting:fail can only be invoked by user TAP gesture.'])
  })
})
