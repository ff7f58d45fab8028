// Issue 11 defect 8: a forgotten answer in callback-style app code waited for the test's timeout (5 s) before
// failing next to an uncaught error; with onUnansweredPrompt: 'wait' the timeout named no prompt. Under the
// fake-wx/vitest fixture the test now fails at once with the UnansweredPromptError, and a timeout names the prompt.
// Each test below is expected to fail (test.fails); onTestFinished records how it failed, and the last test, a
// plain one, checks that record (a hook cannot turn an expected failure into a failure).
import { onTestFinished, expect as plainExpect, test as plainTest } from 'vitest'
import { test } from '../../src/vitest.ts'

interface Failure {
  name?: string
  message?: string
}

const checked = new Map<string, string>()

function expectFailure(check: (errors: readonly Failure[], ms: number) => string | undefined): void {
  const started = performance.now()
  onTestFinished(({ task }) => {
    checked.set(task.name, check((task.result?.errors ?? []) as Failure[], performance.now() - started) ?? 'as expected')
  })
}

/** App code as a mini program writes it: callbacks, no Promise; the page waits for one of them. */
function locateMe(wx: WechatMiniprogram.Wx): Promise<string> {
  return new Promise((resolve) => {
    wx.getLocation({ type: 'gcj02', success: (res) => resolve(`${res.latitude},${res.longitude}`), fail: (err) => resolve(err.errMsg) })
  })
}

test.fails('callback-style wx.getLocation with no scripted answer fails the test at once with the UnansweredPromptError', { timeout: 4000 }, async ({ wx }) => {
  expectFailure((errors, ms) => {
    if (errors[0]?.name !== 'UnansweredPromptError') return `expected an UnansweredPromptError first, got ${JSON.stringify(errors.map((e) => e.name))}`
    if (!errors[0].message?.includes('scope.userLocation')) return 'the error should name the scope'
    if (ms > 1500) return `the test failed only after ${Math.round(ms)} ms (its timeout), not at once`
    return undefined
  })
  await locateMe(wx)
})

test.fails("…also from a page's tap handler (through the global wx)", { timeout: 4000 }, async ({ rt }) => {
  expectFailure((errors, ms) => (errors[0]?.name === 'UnansweredPromptError' && ms < 1500 ? undefined : `got ${JSON.stringify(errors.map((e) => e.name))} after ${Math.round(ms)} ms`))
  await rt.tap(() => locateMe(wx))
})

test.describe("onUnansweredPrompt: 'wait'", () => {
  test.override({ fakeWxOptions: { onUnansweredPrompt: 'wait' } })

  test.fails('a test that times out with a prompt still waiting names that prompt', { timeout: 300 }, async ({ wx }) => {
    expectFailure((errors) => {
      const message = errors[0]?.message ?? ''
      if (!/timed out/i.test(message)) return `expected the timeout first, got ${JSON.stringify(message)}`
      if (!message.includes('Still waiting for an answer') || !message.includes('permission dialog for scope.userLocation, shown by wx.getLocation()')) {
        return `the timeout does not name the waiting prompt: ${JSON.stringify(message)}`
      }
      return undefined
    })
    await locateMe(wx)
  })
})

plainTest('each test above failed the way it should', () => {
  plainExpect(Object.fromEntries(checked)).toEqual({
    'callback-style wx.getLocation with no scripted answer fails the test at once with the UnansweredPromptError': 'as expected',
    "…also from a page's tap handler (through the global wx)": 'as expected',
    'a test that times out with a prompt still waiting names that prompt': 'as expected',
  })
})
