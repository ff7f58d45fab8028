import { describe, expect, test } from 'vitest'
import { useApp, VIEW_APP } from './support.ts'

// Issue 14: a getter made per object (`{ get data() {…} }` in a literal, defineProperty with a fresh closure) gives
// that object a V8 hidden class of its own, in the old generation, pointing at the closure and so at its runtime:
// every runtime a test made was promoted out of the young generation, and scavenges grew to tens of ms. The
// handles tests read and the instances app code reads keep their getters, shared by every runtime's objects.

const start = useApp(VIEW_APP)

/** The getter of `key` on `object` or its prototype chain (through the recording Proxy, which forwards these traps). */
function getterOf(object: object, key: string): unknown {
  for (let o: object | null = object; o; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, key)
    if (descriptor) return descriptor.get
  }
  return undefined
}

async function twoPages() {
  const first = start()
  const a = await first.open('pages/props/index')
  first.uninstall()
  const b = await start().open('pages/props/index')
  return [a, b] as const
}

describe('getters are shared by the objects of every runtime, not made per object', () => {
  test('page handles: data, state, shares, navigationBar', async () => {
    const [a, b] = await twoPages()
    for (const key of ['data', 'state', 'shares', 'navigationBar']) {
      expect(getterOf(a, key), key).toBeTypeOf('function')
      expect(getterOf(a, key), key).toBe(getterOf(b, key))
    }
    expect(a.state).toBe('shown')
    expect(b.data).toEqual(a.data)
  })

  test('element handles: id, text, dataset, exists', async () => {
    const [a, b] = await twoPages()
    const x = a.query('.name')!
    const y = b.query('.name')!
    for (const key of ['id', 'text', 'dataset', 'exists']) {
      expect(getterOf(x, key), key).toBeTypeOf('function')
      expect(getterOf(x, key), key).toBe(getterOf(y, key))
    }
    expect([x.text, x.exists]).toEqual(['小明', true])
    expect(Object.keys(x).slice(0, 5)).toEqual(['tag', 'id', 'text', 'dataset', 'exists'])
  })

  test('component instances (`this` of component code): id, dataset, properties', async () => {
    const [a, b] = await twoPages()
    const x = a.selectComponent('#card')!
    const y = b.selectComponent('#card')!
    for (const key of ['id', 'dataset', 'properties']) {
      expect(getterOf(x, key), key).toBeTypeOf('function')
      expect(getterOf(x, key), key).toBe(getterOf(y, key))
    }
    expect(x.id).toBe('card')
    expect(x.properties).toBe(x.data)
  })
})
