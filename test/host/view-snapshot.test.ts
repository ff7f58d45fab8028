import { describe, expect, test } from 'vitest'
import { HOOKS, emptyHooks } from '../../src/runtime/host/definition.ts'
import { swapInGlobals } from '../../src/runtime/host/modules/globals.ts'
import { viewSnapshot } from '../../src/runtime/host/set-data.ts'

// What the view receives is data as JSON ("以 JSON 字符串的形式由逻辑层传至渲染层"): viewSnapshot copies simple data
// itself (issue 14) and must give exactly what the JSON round trip gives, for every kind of value a page holds.
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null')

describe('viewSnapshot is the JSON round trip', () => {
  class Point {
    constructor(readonly x = 1) {}
  }
  const nullProto = Object.assign(Object.create(null) as object, { a: 1 })
  const cases: [string, unknown][] = [
    ['a page\'s data', { latitude: 23.1, list: [{ name: 'a', done: false }], user: null, title: 'Shops' }],
    ['numbers JSON cannot hold', { nan: NaN, inf: Infinity, negInf: -Infinity, negZero: -0, arr: [NaN, -0] }],
    ['dropped and nulled values', { u: undefined, f: () => 1, s: Symbol('x'), arr: [undefined, () => 1, Symbol('y')] }],
    ['a sparse array', { arr: [1, , 3] }], // eslint-disable-line no-sparse-arrays
    ['integer-like keys', { b: 1, 2: 'two', a: 3, 1: 'one' }],
    ['a lone surrogate', { s: '\ud800x' }],
    ['a Date', { when: new Date(0) }],
    ['a toJSON', { v: { toJSON: (key: string) => `key ${key}` } }],
    ['a class instance', { p: new Point() }],
    ['a null-prototype object', { o: nullProto }],
    ['a __proto__ key', JSON.parse('{"__proto__": {"x": 1}, "y": 2}')],
    ['an array with an extra property', { arr: Object.assign([1, 2], { extra: true }) }],
    ['a deep nest', { d: JSON.parse('['.repeat(40) + ']'.repeat(40)) }],
    ['top-level undefined', undefined],
    ['a top-level function', () => 1],
    ['a top-level number', -0],
  ]
  test.each(cases)('%s', (_, value) => {
    const copy = viewSnapshot(value)
    expect(copy).toStrictEqual(roundTrip(value))
    expect(Object.is(copy, roundTrip(value)) || typeof copy === 'object').toBe(true)
    if (copy && typeof copy === 'object') expect(Object.keys(copy)).toEqual(Object.keys(roundTrip(value) as object))
  })

  test('a copy, never the data itself', () => {
    const data = { list: [{ a: 1 }] }
    const copy = viewSnapshot(data)
    expect(copy).not.toBe(data)
    expect(copy.list[0]).not.toBe(data.list[0])
  })

  test('a cycle and a bigint fail as JSON fails', () => {
    const cyclic: Record<string, unknown> = { a: 1 }
    cyclic.self = cyclic
    expect(() => viewSnapshot(cyclic)).toThrow(/circular structure/)
    expect(() => viewSnapshot({ n: 1n })).toThrow(TypeError)
  })
})

test('emptyHooks: one fresh list per hook, in HOOKS order', () => {
  const a = emptyHooks()
  const b = emptyHooks()
  expect(Object.keys(a)).toEqual([...HOOKS])
  for (const hook of HOOKS) {
    expect(a[hook]).toEqual([])
    expect(a[hook]).not.toBe(b[hook])
  }
})

describe('swapInGlobals', () => {
  test('globals already in place: nothing changes, and restoring changes nothing', () => {
    const g = globalThis as Record<string, unknown>
    const value = () => 'mine'
    Object.defineProperty(globalThis, 'fakeWxSwapProbe', { value, writable: true, configurable: true })
    try {
      const restore = swapInGlobals({ fakeWxSwapProbe: value })
      expect(g.fakeWxSwapProbe).toBe(value)
      restore()
      expect(g.fakeWxSwapProbe).toBe(value)
    } finally {
      delete g.fakeWxSwapProbe
    }
  })

  test('missing or different globals are put in place, then exactly what was there comes back', () => {
    const g = globalThis as Record<string, unknown>
    const before = () => 'before'
    g.fakeWxSwapOld = before
    try {
      const restore = swapInGlobals({ fakeWxSwapOld: 1, fakeWxSwapNew: 2 })
      expect([g.fakeWxSwapOld, g.fakeWxSwapNew]).toEqual([1, 2])
      expect(Object.getOwnPropertyDescriptor(globalThis, 'fakeWxSwapNew')?.enumerable).toBe(false)
      restore()
      expect(g.fakeWxSwapOld).toBe(before)
      expect(Object.getOwnPropertyDescriptor(globalThis, 'fakeWxSwapOld')?.enumerable).toBe(true)
      expect('fakeWxSwapNew' in globalThis).toBe(false)
    } finally {
      delete g.fakeWxSwapOld
    }
  })
})
