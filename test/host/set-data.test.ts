import { describe, expect, test, vi } from 'vitest'
import { FakeWxError } from '../../src/index.ts'
import { applyDataPath, parseDataPath } from '../../src/runtime/host/set-data.ts'
import { useApp } from './support.ts'

const start = useApp()

// Path syntax and how a path is applied: the client's component framework (miniprogram-exparser 2.29.1,
// parseSinglePath and DataProxy.doUpdates) and the Page doc ("array[2].message，a.b.c.d … 不需要在 this.data 中预先定义").
describe('data paths, as the client parses them', () => {
  test.each([
    ['list[0].name', ['list', 0, 'name']],
    ['a.b.c', ['a', 'b', 'c']],
    ['array[2].message', ['array', 2, 'message']],
    ['m[1][2]', ['m', 1, 2]],
    ['a\\.b', ['a.b']],
    ['plain', ['plain']],
  ])('%s → %j', (path, expected) => {
    expect(parseDataPath(path)).toEqual(expected)
  })

  test('an index that is not a number throws the client\'s error', () => {
    expect(() => parseDataPath('list[x]')).toThrow('data path descriptor "list[x]" is illegal at char 5 (illegal index)')
  })

  test('missing containers are created: an array before an index, an object before a name', () => {
    const data: Record<string, unknown> = {}
    applyDataPath(data, ['list', 1, 'name'], 'b')
    applyDataPath(data, ['a', 'b', 'c'], 1)
    expect(data).toEqual({ list: [undefined, { name: 'b' }], a: { b: { c: 1 } } })
  })

  test('a container of the wrong kind is replaced, as exparser does (an array before a name becomes {})', () => {
    const data: Record<string, unknown> = { list: [1, 2], obj: { k: 1 } }
    applyDataPath(data, ['list', 'name'], 'x')
    applyDataPath(data, ['obj', 0], 'y')
    expect(data).toEqual({ list: { name: 'x' }, obj: ['y'] })
  })
})

describe('this.setData on a page', () => {
  test('paths change this.data at once; page.data is the view\'s snapshot', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    page.instance.setData({ 'list[0].name': 'b', 'user.address.city': '深圳', 'list[1]': { name: 'c' } })
    expect(page.instance.data.list).toEqual([{ name: 'b' }, { name: 'c' }])
    expect(page.data).toEqual({ list: [{ name: 'b' }, { name: 'c' }], user: { name: 'x', address: { city: '深圳' } }, results: [] })
    const snapshot = page.data
    page.instance.setData({ 'user.name': 'y' })
    expect(snapshot.user).toEqual({ name: 'x', address: { city: '深圳' } }) // snapshots don't move
  })

  test('from a handler, with the dataset and detail of the event', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    await page.trigger('setPath', { value: 'z' }, { type: 'input', dataset: { path: 'list[0].name' } })
    expect(page.data.list).toEqual([{ name: 'z' }])
  })

  test('values are copied: changing the object passed later does not change this.data', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    const user = { name: 'n' }
    page.instance.setData({ user })
    user.name = 'changed'
    expect(page.data.user).toEqual({ name: 'n' })
  })

  test('the callback runs after the update, asynchronously', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    const order: string[] = []
    page.instance.setData({ x: 1 }, () => order.push('callback'))
    order.push('after setData')
    await rt.settle()
    expect(order).toEqual(['after setData', 'callback'])
  })

  test('an undefined value is refused with the client\'s text: a FakeWxError by default', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    expect(() => page.instance.setData({ ok: 1, missing: undefined })).toThrow(FakeWxError)
    expect(() => page.instance.setData({ missing: undefined })).toThrow('Setting data field "missing" to undefined is invalid.')
    expect(page.instance.data.ok).toBe(1) // the other keys were applied
    expect('missing' in page.instance.data).toBe(false)
  })

  test("setDataErrors: 'console' logs the client's text and skips the field, as the client does", async () => {
    const rt = start({ setDataErrors: 'console' })
    const page = await rt.open('pages/form/index')
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    page.instance.setData({ missing: undefined, kept: 2 })
    page.instance.setData(['not', 'an', 'object'] as never)
    expect(error.mock.calls.map((c) => c[0])).toEqual([
      'Setting data field "missing" to undefined is invalid.',
      'setData accepts an Object rather than some Array',
    ])
    error.mockRestore()
    expect(page.data).toMatchObject({ kept: 2 })
    expect('missing' in page.data).toBe(false)
    expect(rt.timeline()).toContain('note    setData on pages/form/index: Setting data field "missing" to undefined is invalid.')
  })

  test('a function in the data stays in this.data but not in the view ("仅支持设置可 JSON 化的数据")', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    page.instance.setData({ cb: () => 1, nested: { fn: () => 2, n: 1 } })
    expect(typeof page.instance.data.cb).toBe('function')
    expect(page.data).not.toHaveProperty('cb')
    expect(page.data.nested).toEqual({ n: 1 })
    expect(rt.timeline()).toContain('setData "cb" on pages/form/index holds a function')
  })

  test('an illegal path throws the client\'s own error', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    expect(() => page.instance.setData({ 'list[]': 1 })).toThrow('data path descriptor "list[]" is illegal at char 5 (illegal index)')
  })
})
