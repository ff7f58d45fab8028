import { describe } from 'vitest'
import { expect, test } from '../../src/vitest.ts'
import { createRuntime } from '../../src/index.ts'

/** The message a failing assertion throws. */
function failureOf(assertion: () => void): string {
  try {
    assertion()
  } catch (error) {
    return (error as Error).message
  }
  throw new Error('the assertion passed')
}

describe('toHavePrompted(kind | scope, scope?)', () => {
  test.override({ fakeWxOptions: { user: { authorize: 'deny', modal: 'confirm' } } })

  test('a scope\'s permission dialog, or a kind of prompt; history does not count', async ({ rt, wx }) => {
    await wx.getLocation({}).catch(() => undefined)
    await wx.showModal({ title: 't', content: 'c' })
    expect(rt).toHavePrompted('scope.userLocation')
    expect(rt).toHavePrompted('authorize', 'scope.userLocation')
    expect(rt).toHavePrompted('modal')
    expect(rt).not.toHavePrompted('scope.camera')
    expect(wx).toHavePrompted('modal') // the wx works as well as the runtime
    const history = createRuntime({ scenario: 'denied-once' })
    expect(history).not.toHavePrompted('scope.userLocation')
  })

  test('the failure message lists the prompts shown and the timeline', async ({ rt, wx }) => {
    await wx.showModal({ title: 't', content: 'c' })
    const message = failureOf(() => expect(rt).toHavePrompted('scope.camera'))
    expect(message).toContain('expected the app to have shown a authorize prompt for scope.camera')
    expect(message).toContain('Prompts shown: modal')
    expect(message).toContain('Timeline:\n#1')
    expect(message).toContain('call    wx.showModal')
  })
})

describe('toHaveScope(scope, state)', () => {
  test.override({ fakeWxOptions: { user: { authorize: { 'scope.camera': 'deny' } } } })

  test('reads the store now', async ({ rt, wx }) => {
    await wx.authorize({ scope: 'scope.camera' }).catch(() => undefined)
    expect(rt).toHaveScope('scope.camera', 'denied')
    expect(rt).not.toHaveScope('scope.camera', 'granted')
    const message = failureOf(() => expect(rt).toHaveScope('scope.camera', 'granted'))
    expect(message).toMatch(/It is .*denied/)
    expect(message).toContain('scope.camera undetermined → denied (dialog)')
  })
})

describe('toHaveCalledWx(api, partialOptions?) and toHaveCalledWxTimes', () => {
  test('matches part of the options, asymmetric matchers included', async ({ rt, wx }) => {
    wx.setStorageSync('a', 1)
    await wx.getStorage({ key: 'a' })
    expect(rt).toHaveCalledWx('getStorage')
    expect(rt).toHaveCalledWx('getStorage', { key: 'a' })
    expect(rt).toHaveCalledWx('getStorage', { key: expect.stringMatching(/^a$/) })
    expect(rt).not.toHaveCalledWx('getStorage', { key: 'b' })
    expect(rt).not.toHaveCalledWx('openSetting')
    expect(rt).toHaveCalledWxTimes('getStorage', 1)
    const message = failureOf(() => expect(rt).toHaveCalledWx('getStorage', { key: 'b' }))
    expect(message).toContain('Calls of wx.getStorage:\n  1: {"key":"a"}')
  })
})

describe('toHaveFailedWith(api, reason | errno)', () => {
  test('any platform\'s wording of a refusal matches "auth deny" (dialects)', async () => {
    const rt = createRuntime({ scenario: 'denied-once', dialect: { authDeny: 'auth denied' } })
    await rt.wx.getLocation({}).catch(() => undefined)
    expect(rt).toHaveFailedWith('getLocation', 'auth deny')
    expect(rt).toHaveFailedWith('getLocation', 'auth denied')
    expect(rt).toHaveFailedWith('getLocation', 103)
    expect(rt).not.toHaveFailedWith('getLocation', 'system permission denied')
  })

  test('a full errMsg, a part of the reason, an errno; Sync forms that threw count too', async ({ rt, wx }) => {
    await wx.getStorage({ key: 'none' }).catch(() => undefined)
    expect(rt).toHaveFailedWith('getStorage', 'getStorage:fail data not found')
    expect(rt).toHaveFailedWith('getStorage', 'not found')
    expect(() => wx.setStorageSync('big', 'x'.repeat(1024 * 1024))).toThrow()
    expect(rt).toHaveFailedWith('setStorageSync', 'entry size limit reached')
    const message = failureOf(() => expect(rt).toHaveFailedWith('getStorage', 600002))
    expect(message).toContain('Failures of wx.getStorage:\n  getStorage:fail data not found')
  })

  test('a runtime or wx is required', () => {
    expect(() => expect({}).toHaveScope('scope.camera', 'granted')).toThrow(/needs a fake-wx runtime/)
  })
})
