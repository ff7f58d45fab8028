import { expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'
import { sharedShape } from '../../src/runtime/shared-shape.ts'

// createRuntime and resolveConfig read options through a copy (shared-shape.ts, issue 14): the copy must say exactly
// what the options say.
test('a plain object is copied with its own keys and values, in order', () => {
  const user = { modal: 'confirm' }
  const options = { scenario: 'denied-once', user, traceLimit: undefined }
  const copy = sharedShape(options)
  expect(copy).not.toBe(options)
  expect(Object.keys(copy)).toEqual(['scenario', 'user', 'traceLimit'])
  expect(copy.user).toBe(user)
  expect('traceLimit' in copy).toBe(true)
})

test('anything but a plain object is read as it is', () => {
  class Options {
    get scenario() {
      return 'denied-once'
    }
  }
  const instance = new Options()
  expect(sharedShape(instance)).toBe(instance)
  const bare = Object.create(null) as object
  expect(sharedShape(bare)).toBe(bare)
})

test('an own "__proto__" key (JSON.parse) is left out and does not become the prototype', () => {
  const options = JSON.parse('{"__proto__": {"scenario": "denied-once"}, "traceLimit": 5}') as object
  const copy = sharedShape(options) as Record<string, unknown>
  expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
  expect(copy.scenario).toBeUndefined()
  expect(copy.traceLimit).toBe(5)
})

test('options built with a spread in a hot loop still configure every runtime', async () => {
  const base = { scenario: 'denied-once' as const, scopes: ['scope.userLocation' as const] }
  for (let i = 0; i < 300; i++) {
    const rt = createRuntime({ ...base, platform: i % 2 ? 'android' : 'ios', traceLimit: 3 })
    expect(rt.device.platform).toBe(i % 2 ? 'android' : 'ios')
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
  }
})
