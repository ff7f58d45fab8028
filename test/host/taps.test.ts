import { describe, expect, test } from 'vitest'
import { FakeWxError } from '../../src/index.ts'
import { useApp } from './support.ts'

// The tap gesture through page handlers (research.md §1.5, H/M): a tap-only API works in the synchronous part
// of a tap handler and in callbacks of calls made there, not after an `await`; DevTools does not check it.
const start = useApp()
const TAP_ERROR = 'openSetting:fail can only be invoked by user TAP gesture.'

describe('page.tap runs the handler as the user\'s tap', () => {
  test('wx.openSetting in the handler\'s synchronous part works', async () => {
    const rt = start({ user: { settings: {} } })
    const page = await rt.open('pages/form/index')
    await page.tap('openSettingsNow')
    expect(page.data.results).toEqual(['openSetting:ok'])
  })

  test('after an await the gesture is gone: the phone\'s TAP gesture failure', async () => {
    const rt = start({ user: { settings: {} } })
    const page = await rt.open('pages/form/index')
    await page.tap('openSettingsAfterAwait')
    expect(page.data.results).toEqual([TAP_ERROR])
    expect(rt.prompts).toEqual([]) // the settings page never opened
  })

  test('DevTools does not check the gesture: the same handler succeeds there', async () => {
    const rt = start({ platform: 'devtools', user: { settings: {} } })
    const page = await rt.open('pages/form/index')
    await page.tap('openSettingsAfterAwait')
    expect(page.data.results).toEqual(['openSetting:ok'])
  })

  test('an event that is not a tap (page.trigger) carries no gesture', async () => {
    const rt = start({ user: { settings: {} } })
    const page = await rt.open('pages/form/index')
    await page.trigger('openSettingsNow', {}, { type: 'change' })
    expect(page.data.results).toEqual([TAP_ERROR])
  })

  test('lifecycle hooks carry no gesture either ("不允许: onShow(){ wx.openSetting() }")', async () => {
    const rt = start({ user: { settings: {} } })
    const page = await rt.open('pages/form/index')
    ;(page.instance as unknown as { openSettingsNow(): void }).openSettingsNow()
    await rt.settle()
    expect(page.data.results).toEqual([TAP_ERROR])
  })
})

describe('the event object', () => {
  test('tap: type, timeStamp, target and currentTarget with the dataset, detail', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    rt.clock.advance(1500)
    let event: Record<string, unknown> | undefined
    ;(page.instance as Record<string, unknown>).capture = (e: Record<string, unknown>) => (event = e)
    await page.tap('capture', { dataset: { id: '3' }, id: 'buy' })
    expect(event).toMatchObject({
      type: 'tap',
      timeStamp: 1500,
      target: { id: 'buy', dataset: { id: '3' } },
      currentTarget: { id: 'buy', dataset: { id: '3' } },
      detail: { x: 0, y: 0 },
    })
  })

  test('trigger: the event type and detail given', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    await page.trigger('onChange', { value: ['a'] }, { type: 'change' })
    expect(page.data).toMatchObject({ changed: ['a'], changeType: 'change' })
  })
})

describe('mistakes a test can make', () => {
  test('a handler the page lacks: the client\'s warning, as an error', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    await expect(page.tap('nope')).rejects.toThrow('Component "pages/form/index" does not have a method "nope" to handle event "tap".')
  })

  test('tapping a page that another page covers', async () => {
    const rt = start()
    const a = await rt.open('pages/a/index')
    await a.tap('toC')
    await expect(a.tap('toC')).rejects.toThrow(FakeWxError)
    await expect(a.tap('toC')).rejects.toThrow('is not on screen')
  })

  test('an exception in a handler rejects the tap', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    ;(page.instance as Record<string, unknown>).boom = () => {
      throw new Error('boom')
    }
    await expect(page.tap('boom')).rejects.toThrow('boom')
  })
})
