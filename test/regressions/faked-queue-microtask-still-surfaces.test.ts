// Issue 11 defect 8, last part: a setup that fakes queueMicrotask before fake-wx loads
// (vi.useFakeTimers({ toFake: ['queueMicrotask'] })) swallowed the UnansweredPromptError of callback-style code:
// fake-wx had captured the fake, whose jobs never run until the test ticks the clock.
import { afterAll, describe, expect, test, vi } from 'vitest'

vi.hoisted(() => {
  vi.useFakeTimers({ toFake: ['queueMicrotask'] })
})
afterAll(() => {
  vi.useRealTimers()
})

// Loaded after the fake is in place (imports are hoisted, vi.hoisted runs first).
import { createRuntime, UnansweredPromptError } from '../../src/index.ts'
import { uncaughtDuring } from '../helpers/uncaught.ts'

describe('queueMicrotask faked before fake-wx loads', () => {
  test('a forgotten answer in callback-style code still surfaces as an uncaught UnansweredPromptError', async () => {
    expect(vi.isFakeTimers()).toBe(true)
    const rt = createRuntime()
    const calls: string[] = []
    const errors = await uncaughtDuring(async () => {
      rt.wx.getLocation({ success: () => calls.push('success'), fail: () => calls.push('fail') })
      await rt.settle()
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(UnansweredPromptError)
    expect(calls).toEqual([])
  })
})
