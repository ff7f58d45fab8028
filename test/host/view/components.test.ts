import { describe, expect, test } from 'vitest'
import { FakeWxError } from '../../../src/index.ts'
import { logSince, useApp, VIEW_APP } from '../support.ts'

// Custom components in the rendered tree, one describe per documented rule:
// https://developers.weixin.qq.com/miniprogram/dev/reference/api/Component.html (properties, observer, export)
// https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/observer.html (数据监听器)
// https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/lifetimes.html (组件生命周期)
// https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/events.html (组件间通信与事件)
// https://developers.weixin.qq.com/miniprogram/dev/framework/component-framework/event-system.md (bubbles / composed)
// https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/wxml-wxss.html (slot, 外部样式类)
// https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/behaviors.html (behaviors, wx://form-field)
const start = useApp(VIEW_APP)

describe('properties: types, defaults, observer', () => {
  test('values the parent binds reach the component\'s template; a static "20" becomes the Number 20', async () => {
    const page = await start().open('pages/props/index')
    const card = page.selectComponent('#card')!
    expect(card.data).toMatchObject({ name: '小明', age: 20, vip: true, tags: ['a', 'b'] })
    expect(page.queryAll('.name').map((n) => n.text)).toEqual(['小明', '无名', '无名'])
    expect(page.query('.vip')!.text).toBe('VIP')
    expect(page.query('.tags')!.text).toBe('2 个标签')
  })

  test('a property not given takes its default: String "", Number value, Boolean false, Array [], Object null', async () => {
    const page = await start().open('pages/props/index')
    const card = page.selectComponent('#defaults')!
    expect(card.data).toMatchObject({ name: '', age: 18, vip: false, tags: [], profile: null, score: 0 })
  })

  test('a value of the wrong type is converted as the client\'s framework does (exparser): "" / 0 / [] / null / !!value', async () => {
    // exparser 2.29.1: String ← null/undefined is "", Number ← a non-finite value is 0, Array ← a non-array is [],
    // Object ← a non-object is null, Boolean is !!value ("received type-uncompatible value … Used 0 instead.")
    const page = await start().open('pages/props/index')
    expect(page.selectComponent('#odd')!.data).toMatchObject({ name: '', age: 0, tags: [], profile: null, vip: false })
  })

  test('properties and data are one object (this.properties === this.data, "属性值…在 this.data 中")', async () => {
    const page = await start().open('pages/props/index')
    const card = page.selectComponent('#card')!
    expect(card.properties).toBe(card.data)
    expect((card as unknown as { describe(): string }).describe()).toBe('小明/20')
  })

  test('the parent\'s setData updates the property, re-renders the component, and calls observer(newVal, oldVal)', async () => {
    const page = await start().open('pages/props/index')
    await page.getByText('加分')!.tap()
    const card = page.selectComponent('#card')!
    expect(card.data.score).toBe(5)
    expect(card.data.scoreLog).toEqual(['0→5'])
    expect(page.queryAll('.score').map((n) => n.text)).toEqual(['5 分', '0 分', '0 分'])
    expect(page.queryAll('.name').map((n) => n.text)).toEqual(['小红', '无名', '无名'])
  })
})

describe('observers', () => {
  test('"numberA, numberB" runs with both values when either is set: a computed field', async () => {
    const page = await start().open('pages/observers/index')
    expect(page.query('.sum')!.text).toBe('和：3')
    await page.getByText('A 加十')!.tap()
    expect(page.query('.sum')!.text).toBe('和：13')
  })

  type SumBox = { data: { fired: string[]; sum: number }; countAll?: number; aSeen?: number } & Record<string, () => void>

  test('an observer runs for every setData of its field, even with the same value ("即使这些数据字段的值没有发生变化")', async () => {
    const page = await start().open('pages/observers/index')
    const box = page.selectComponent('#sum') as unknown as SumBox
    const before = box.aSeen ?? 0
    box.setSame!()
    box.setSame!()
    expect(box.aSeen).toBe(before + 2)
  })

  test('"**" runs for every setData, whatever field it sets', async () => {
    const page = await start().open('pages/observers/index')
    const box = page.selectComponent('#sum') as unknown as SumBox
    const before = box.countAll ?? 0
    box.setOther!()
    expect(box.countAll).toBe(before + 1)
  })

  test('"some.field.**" runs for a sub-field and for the whole object set; "list[1]" only for that index', async () => {
    const page = await start().open('pages/observers/index')
    const box = page.selectComponent('#sum') as unknown as SumBox
    box.data.fired.length = 0
    box.setSubField!()
    box.setWholeSome!()
    box.setOther!()
    box.setSecond!()
    expect(box.data.fired).toEqual(['some.field.** x=5', 'some.field.** x=9', 'list[1]=7'])
  })
})

describe('lifetimes and pageLifetimes', () => {
  test('created → attached before the page\'s onLoad; ready after onShow, before onReady; lifetimes win over the old form', async () => {
    const rt = start()
    await rt.open('pages/lifetimes/index')
    const log = rt.app.instance!.globalData as { log: string[] }
    expect(log.log.indexOf('created (no props yet)')).toBe(0)
    expect(log.log.indexOf('created (no props yet)')).toBeLessThan(log.log.indexOf('attached A'))
    expect(log.log.indexOf('attached A')).toBeLessThan(log.log.indexOf('page onLoad'))
    expect(log.log.indexOf('page onShow')).toBeLessThan(log.log.indexOf('ready A'))
    expect(log.log.indexOf('ready A')).toBeLessThan(log.log.indexOf('page onReady'))
    expect(log.log).not.toContain('old-style attached (shadowed by lifetimes.attached)')
  })

  test('wx:if turning false detaches the component', async () => {
    const rt = start()
    const page = await rt.open('pages/lifetimes/index')
    const since = logSince(rt)
    await page.getByText('移除组件')!.tap()
    expect(since()).toEqual(['detached A'])
    expect(page.getByText('组件 A')).toBeNull()
  })

  test('pageLifetimes.hide when another page covers it, show when it comes back', async () => {
    const rt = start()
    const page = await rt.open('pages/lifetimes/index')
    const since = logSince(rt)
    await page.getByText('去别页')!.tap()
    expect(since()).toContain('pageLifetimes.hide A')
    await rt.wx.navigateBack({})
    await rt.settle()
    expect(since()).toContain('pageLifetimes.show A')
  })

  test('leaving the page (redirectTo) detaches the components still in its tree ("退出一个页面时…detached 会被触发")', async () => {
    const rt = start()
    const page = await rt.open('pages/lifetimes/index')
    const since = logSince(rt)
    await page.getByText('离开')!.tap()
    expect(since()).toEqual(expect.arrayContaining(['page onUnload', 'detached A']))
  })
})

describe('triggerEvent reaches the parent: bind:name, bindname, catch:name; bubbles and composed', () => {
  test('no options: only the listener on the component node itself (pageEventListener2), with the detail', async () => {
    const rt = start()
    const page = await rt.open('pages/comm/index')
    const since = logSince(rt)
    await page.getByText('mine: 不冒泡')!.tap()
    expect(since()).toEqual(['pageEventListener2'])
    expect(page.data.detail).toEqual({ from: 'mine' })
  })

  test('the event\'s target is the component node: its id and dataset', async () => {
    const page = await start().open('pages/comm/index')
    await page.getByText('mine: 不冒泡')!.tap()
    expect(page.data.target).toMatchObject({ id: 'mine', dataset: { from: 'page' } })
    expect(page.data.currentTarget).toMatchObject({ id: 'mine' })
  })

  test('bubbles: pageEventListener2, then pageEventListener1 (the slot host in the page tree), not inside another-component', async () => {
    const rt = start()
    const page = await rt.open('pages/comm/index')
    const since = logSince(rt)
    await page.getByText('mine: 冒泡')!.tap()
    expect(since()).toEqual(['pageEventListener2', 'pageEventListener1'])
  })

  test('bubbles + composed: pageEventListener2, anotherEventListener, pageEventListener1', async () => {
    const rt = start()
    const page = await rt.open('pages/comm/index')
    const since = logSince(rt)
    await page.getByText('mine: 冒泡并穿越')!.tap()
    expect(since()).toEqual(['pageEventListener2', 'anotherEventListener', 'pageEventListener1'])
  })

  test('bindcustomevent (no colon) listens as bind:customevent does; a bubbling event goes on to the parent view', async () => {
    const rt = start()
    const page = await rt.open('pages/comm/index')
    const since = logSince(rt)
    await page.getByText('second: 冒泡')!.tap()
    expect(since()).toEqual(['pageBind {"from":"second"}', 'viewListener currentTarget=bind-wrap target=second'])
  })

  test('catch:customevent stops it there', async () => {
    const rt = start()
    const page = await rt.open('pages/comm/index')
    const since = logSince(rt)
    await page.getByText('third: 冒泡')!.tap()
    expect(since()).toEqual(['pageCatch'])
  })

  test('the component\'s own listeners inside its template never hear its triggerEvent (myEventListener)', async () => {
    const rt = start()
    const page = await rt.open('pages/comm/index')
    const since = logSince(rt)
    await page.getByText('mine: 冒泡并穿越')!.tap()
    expect(since()).not.toContain('myEventListener')
  })
})

describe('selectComponent, selectAllComponents, selectOwnerComponent', () => {
  test('this.selectComponent("#id") returns the instance: its data and its methods', async () => {
    const page = await start().open('pages/select/index')
    await page.getByText('读第一个')!.tap()
    expect(page.data.firstCount).toBe(1)
    await page.getByText('第一个加一')!.tap()
    expect(page.queryAll('.count').map((n) => n.text)).toEqual(['计数 2', '计数 5', '计数 42'])
  })

  test('this.selectAllComponents(".class") returns every match, in tree order', async () => {
    const page = await start().open('pages/select/index')
    await page.getByText('读全部')!.tap()
    expect(page.data.counters).toEqual([1, 5])
  })

  test('page.selectComponent(selector) gives the test the same instance; null when nothing matches', async () => {
    const page = await start().open('pages/select/index')
    const second = page.selectComponent('#second')!
    expect(second.data.count).toBe(5)
    ;(second as unknown as { increment(): void }).increment()
    expect(page.queryAll('.count').map((n) => n.text)[1]).toBe('计数 6')
    expect(page.selectComponent('#nobody')).toBeNull()
  })

  test('selectComponent searches its own tree only: a component inside another component is the host\'s to select', async () => {
    const page = await start().open('pages/select/index')
    await page.getByText('找内层')!.tap()
    expect(page.data.innerFromPage).toBe('null')
    expect(page.data.innerFromHost).toBe('42')
  })

  test('selectOwnerComponent: the page for a component the page uses, the host component for a nested one', async () => {
    const page = await start().open('pages/select/index')
    const owners = page.queryAll('.owner')
    await owners[0]!.tap()
    await owners[2]!.tap()
    expect(page.queryAll('.owner').map((n) => n.text)).toEqual([
      '谁是主人：pages/select/index',
      '谁是主人',
      '谁是主人：components/nested-host/index',
    ])
  })

  test('wx://component-export: selectComponent returns what export() returns', async () => {
    const page = await start().open('pages/select/index')
    await page.getByText('读导出')!.tap()
    expect(page.data.exported).toEqual({ kind: 'exported', version: 2 })
  })
})

describe('slots and externalClasses', () => {
  test('with multipleSlots, light children go to the <slot name> their slot attribute names, the rest to the default slot', async () => {
    const page = await start().open('pages/slots/index')
    expect(page.query('.panel-head')!.text).toBe('标题')
    expect(page.query('.panel-body')!.text).toBe('正文')
    expect(page.query('.panel-foot')!.text).toBe('页脚按钮')
  })

  test('slot content belongs to the page: it binds page data and its handlers are the page\'s methods', async () => {
    const page = await start().open('pages/slots/index')
    await page.getByText('页脚按钮')!.tap()
    expect(page.query('#pressed')!.text).toBe('按了 1 次')
    await page.getByText('换正文')!.tap()
    expect(page.query('.panel-body')!.text).toBe('新正文')
  })

  test('a single default <slot> shows the children in place', async () => {
    const page = await start().open('pages/slots/index')
    expect(page.query('.wrapper-frame')!.text).toBe('框内：被包裹的内容')
  })

  test('externalClasses: the class the page passes as my-class lands on the component\'s node', async () => {
    const page = await start().open('pages/slots/index')
    expect(page.query('.red-text')!.text).toBe('外部样式类')
    expect(page.query('.red-text')!.attr('class')).toBe('red-text inner')
  })
})

describe('behaviors', () => {
  test('a behavior\'s properties, data and methods join the component; same-named data objects merge', async () => {
    const page = await start().open('pages/behaviors/index')
    expect(page.query('.behavior-prop')!.text).toBe('来自 behavior 的属性')
    expect(page.query('.behavior-data')!.text).toBe('behavior data / 12 / own data')
    const behaved = page.selectComponent('#behaved') as unknown as Record<string, () => string>
    expect(behaved.myBehaviorMethod!()).toBe('behavior method')
    expect(behaved.overridden!()).toBe('component version')
    expect(behaved.usesMyBehavior!()).toBe(true)
    expect((page.selectComponent('#behaved') as unknown as { hasBehavior(b: unknown): boolean }).hasBehavior('wx://form-field')).toBe(false)
  })

  test('the behavior\'s lifetimes run before the component\'s own', async () => {
    const rt = start()
    await rt.open('pages/behaviors/index')
    const log = (rt.app.instance!.globalData as { log: string[] }).log
    expect(log.filter((e) => e.endsWith('attached'))).toEqual(['behavior attached', 'component attached'])
  })

  test('wx://form-field: a <form> submits the component\'s value under its name, with the built-in fields', async () => {
    const page = await start().open('pages/behaviors/index')
    await page.getByText('4星')!.tap()
    expect(page.query('.rating-value')!.text).toBe('评分 4')
    await page.getByText('提交')!.tap()
    expect(page.data.submitted).toEqual({ stars: 4, nick: '小明' })
  })
})

describe('relations (framework/custom-component/relations.html)', () => {
  type Ul = { labels(): string[] }
  type Li = { parentCount(): number }

  test('a child/parent pair that name each other link when the child attaches; getRelationNodes in tree order', async () => {
    const rt = start()
    const page = await rt.open('pages/relations/index')
    const ul = page.selectComponent('#list') as unknown as Ul
    expect(ul.labels()).toEqual(['item 1', 'item 2'])
    const log = (rt.app.instance!.globalData as { log: string[] }).log
    expect(log).toEqual(expect.arrayContaining(['ul linked item 1', 'li item 1 linked to ul#list', 'ul linked item 2']))
  })

  test('a custom-li outside any custom-ul links to nothing', async () => {
    const page = await start().open('pages/relations/index')
    expect((page.selectComponent('#orphan') as unknown as Li).parentCount()).toBe(0)
  })

  test('removing a linked child calls unlinked and drops it from getRelationNodes', async () => {
    const rt = start()
    const page = await rt.open('pages/relations/index')
    const since = logSince(rt)
    await page.getByText('去掉第二项')!.tap()
    expect(since()).toEqual(['ul unlinked item 2'])
    expect((page.selectComponent('#list') as unknown as Ul).labels()).toEqual(['item 1'])
  })
})

describe('global components and errors', () => {
  test('usingComponents of app.json are usable on every page without declaring them', async () => {
    const page = await start().open('pages/privacy/index')
    expect(page.getByText('全局组件')).not.toBeNull()
  })

  test('a usingComponents path with no component is the client\'s "Component is not found in path"', async () => {
    const rt = start()
    const opening = rt.open('pages/unknown/index')
    await expect(opening).rejects.toThrow(FakeWxError)
    await expect(opening).rejects.toThrow('Component is not found in path "components/ghost/index" (using by "pages/unknown/index")')
    await expect(opening).rejects.toThrow(/pages\/unknown\/index\.json:3 declares "ghost"/)
  })
})
