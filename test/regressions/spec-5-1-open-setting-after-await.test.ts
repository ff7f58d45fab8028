import { describe, expect, test } from 'vitest'
import { createRuntime, type FakeWx } from '../../src/index.ts'

// authorization.md §5: "Code that calls openSetting (or getUserProfile, requestSubscribeMessage) after an
// `await` — works in DevTools, fails on phones." research.md §1.5, §6 (vant-weapp #5813, taro #1815).

/** The buggy app code: a tap handler that checks the setting first, then opens the settings page. */
async function onTapOpenLocationSettings(wx: FakeWx): Promise<string> {
  const { authSetting } = await wx.getSetting()
  if (authSetting['scope.userLocation'] === false) {
    try {
      const res = await wx.openSetting() // the tap was lost at the await above
      return res.authSetting['scope.userLocation'] ? 'enabled' : 'still off'
    } catch (e) {
      return (e as { errMsg: string }).errMsg
    }
  }
  return 'nothing to do'
}

describe('spec §5.1: openSetting after an await', () => {
  test('DevTools lets it through; an iPhone refuses with the TAP gesture error', async () => {
    const devtools = createRuntime({ platform: 'devtools', scenario: 'denied-once', user: { settings: { 'scope.userLocation': true } } })
    expect(await devtools.tap(() => onTapOpenLocationSettings(devtools.wx))).toBe('enabled')

    const phone = createRuntime({ platform: 'ios', scenario: 'denied-once', user: { settings: { 'scope.userLocation': true } } })
    expect(await phone.tap(() => onTapOpenLocationSettings(phone.wx))).toBe('openSetting:fail can only be invoked by user TAP gesture.')
    expect(phone.prompts).toEqual([]) // the settings page never opened
  })
})
