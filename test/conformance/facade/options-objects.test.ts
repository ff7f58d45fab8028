// Issue 11 defect 6: the options object of a call, as the base library reads it. Its promisify decorator destructures
// the argument when the call is made: `var t = e[0] || {}, {success:r, fail:a, complete:n} = t` (research.md §1.6
// [BASELIB-RE], M). So null is no options, any other non-object is the parameter error of research.md §2.4, and a
// getter that throws throws out of the wx call itself, the same way for callback, Promise and task calls.
import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'
import { uncaughtDuring } from '../../helpers/uncaught.ts'

const wxOf = (scenario: 'granted' | 'first-time' = 'granted') => createRuntime({ scenario }).wx as unknown as Record<string, (...a: unknown[]) => unknown>

describe('an options object that is not an object', () => {
  test('wx.getSetting(null) is wx.getSetting(): the base library reads `e[0] || {}`', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    const viaNull = await (rt.wx.getSetting as (o: unknown) => Promise<{ authSetting: object }>)(null)
    expect(viaNull).toEqual(await rt.wx.getSetting())
  })

  test.each([
    [42, 'Number'],
    ['scope.camera', 'String'],
    [true, 'Boolean'],
    [[], 'Array'],
  ])('wx.getSetting(%j) fails: parameter should be Object instead of %s', async (value, type) => {
    await expect(wxOf().getSetting!(value)).rejects.toEqual({ errMsg: `getSetting:fail parameter error: parameter should be Object instead of ${type};`, errno: 1001 })
  })

  test('null and a number behave alike for an API with required options: both are checked, neither crashes', async () => {
    const wx = wxOf('first-time')
    await expect(wx.authorize!(null)).rejects.toMatchObject({ errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Undefined;' })
    await expect(wx.authorize!(7)).rejects.toMatchObject({ errMsg: 'authorize:fail parameter error: parameter should be Object instead of Number;' })
  })
})

describe('a getter that throws inside an options object', () => {
  const throwing = (extra: object = {}) => Object.defineProperty({ ...extra }, 'scope', { enumerable: true, get: () => { throw new Error('scope getter') } })

  test('Promise style: the call throws the getter\'s error synchronously, no Promise, nothing traced', async () => {
    const rt = createRuntime({ scenario: 'first-time' })
    const errors = await uncaughtDuring(() => {
      expect(() => rt.wx.authorize(throwing() as never)).toThrow('scope getter')
    })
    expect(errors).toEqual([])
    expect(rt.trace.filter((e) => e.type === 'call')).toEqual([])
    expect(rt.prompts).toEqual([])
  })

  test('callback style: the same synchronous throw; no callback runs and no late uncaught error', async () => {
    const rt = createRuntime({ scenario: 'first-time' })
    const seen: string[] = []
    const errors = await uncaughtDuring(async () => {
      expect(() => rt.wx.authorize(throwing({ success: () => seen.push('success'), fail: () => seen.push('fail'), complete: () => seen.push('complete') }) as never)).toThrow('scope getter')
      await rt.settle()
    })
    expect(seen).toEqual([])
    expect(errors).toEqual([])
  })

  test('a throwing `success` getter (read by the promisify destructuring) and a task API throw the same way', async () => {
    const wx = wxOf()
    expect(() => wx.getSetting!({ get success() { throw new Error('success getter') } })).toThrow('success getter')
    expect(() => wx.request!({ get url() { throw new Error('url getter') } })).toThrow('url getter')
  })

  test('a getter runs once, when the call is made; a later change to the object does not reach the call', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    let reads = 0
    const options = { get withSubscriptions() { reads++; return true } } as { withSubscriptions: boolean }
    const pending = rt.wx.getSetting(options)
    Object.defineProperty(options, 'withSubscriptions', { value: 'later' })
    await expect(pending).resolves.toMatchObject({ errMsg: 'getSetting:ok', subscriptionsSetting: expect.any(Object) })
    expect(reads).toBe(1)
  })
})
