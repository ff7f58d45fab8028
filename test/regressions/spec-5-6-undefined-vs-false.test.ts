import { describe, expect, test } from 'vitest'
import { createRuntime, type FakeWx } from '../../src/index.ts'

// authorization.md §5: "Code that treats `authSetting[scope] === undefined` (never asked) like `false` (denied),
// or the reverse." authSetting is tri-state and the settings page lists only asked scopes (research.md §1.1, §1.5, §8.1, H).

/** Buggy: `!authSetting[scope]` sends a first-time user to the settings page. */
function onTapLocate(wx: FakeWx, log: string[]): void {
  wx.getSetting({
    success: ({ authSetting }) => {
      if (!authSetting['scope.userLocation']) {
        wx.openSetting({ success: (res) => log.push(`back: ${JSON.stringify(res.authSetting)}`) })
      } else {
        wx.getLocation({ success: () => log.push('located') })
      }
    },
  })
}

/** The reverse: `authSetting[scope] !== true` → wx.authorize, expecting a dialog, also for a denied scope. */
function onTapLocateReverse(wx: FakeWx, log: string[]): void {
  wx.getSetting({
    success: ({ authSetting }) => {
      if (authSetting['scope.userLocation'] !== true) {
        wx.authorize({
          scope: 'scope.userLocation',
          success: () => log.push('granted'),
          fail: (e) => log.push(e.errMsg),
        })
      }
    },
  })
}

describe('spec §5.6: undefined vs false', () => {
  test('first-time: the settings page does not even list location; the user can switch nothing on', async () => {
    const rt = createRuntime({ scenario: 'first-time', user: { settings: { 'scope.userLocation': true } } })
    const log: string[] = []
    rt.tap(() => onTapLocate(rt.wx, log))
    await rt.settle()
    expect(rt.prompts.map((p) => p.kind)).toEqual(['settings'])
    expect(rt.prompts[0]).toMatchObject({ kind: 'settings' })
    expect(log).toHaveLength(1)
    expect(log[0]).not.toContain('scope.userLocation')
    expect(rt.auth.get('scope.userLocation')).toBe('undetermined')
    expect(rt.timeline()).toContain('scope.userLocation is not listed (never asked)')
  })

  test('the reverse, denied-once: authorize is called as if the user had never been asked, and fails with no dialog', async () => {
    const rt = createRuntime({ scenario: 'denied-once', user: { authorize: 'allow' } })
    const log: string[] = []
    rt.tap(() => onTapLocateReverse(rt.wx, log))
    await rt.settle()
    expect(log).toEqual(['authorize:fail auth deny'])
    expect(rt.prompts).toEqual([])
  })
})
