// README.md "## Example", as written: only the imports are adapted, and `locateMe` (the app's util the
// snippet imports from '../utils/locate') is defined below the way a mini program writes it.
import { expect, test } from 'vitest'
import { createRuntime } from '../../src/index.ts'

// ---- README snippet ----
test('a user who refused once can turn location back on from our modal', async () => {
  const rt = createRuntime({
    scenario: 'denied-once',                           // asked once before, refused
    user: { modal: 'confirm', settings: { 'scope.userLocation': true } },
  })
  rt.install()                                         // globalThis.wx = rt.wx
  const result = await rt.tap(() => new Promise<{ outcome: string }>((done) => locateMe(done)))   // a tap runs the handler

  expect(result.outcome).toBe('located')
  expect(rt.auth.get('scope.userLocation')).toBe('granted')
  expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings'])       // no permission dialog: refusals stick
  rt.uninstall()
})
// ---- end of snippet ----

// utils/locate.ts of the app: the global `wx`, callbacks, openSetting from the modal's confirm.
type LocateResult = { outcome: 'located' | 'declined' | 'still off' | 'failed'; errMsg?: string }
function locateMe(done: (result: LocateResult) => void): void {
  const locate = () =>
    wx.getLocation({
      type: 'gcj02',
      success: () => done({ outcome: 'located' }),
      fail: (err) => done({ outcome: 'failed', errMsg: err.errMsg }),
    })
  const askToOpenSettings = () =>
    wx.showModal({
      title: '需要位置权限',
      content: '请在设置中允许使用你的位置',
      success: (res) => {
        if (!res.confirm) return done({ outcome: 'declined' })
        wx.openSetting({
          success: (s) => (s.authSetting['scope.userLocation'] ? locate() : done({ outcome: 'still off' })),
          fail: (err) => done({ outcome: 'failed', errMsg: err.errMsg }),
        })
      },
    })
  wx.getSetting({
    success: (res) => {
      if (res.authSetting['scope.userLocation'] === false) return askToOpenSettings()
      wx.authorize({ scope: 'scope.userLocation', success: locate, fail: askToOpenSettings })
    },
  })
}

// The paragraph under the snippet: the same test, with `await wx.showModal()` before `wx.openSetting()`.
async function locateMeAwaiting(done: (result: LocateResult) => void): Promise<void> {
  const { authSetting } = await wx.getSetting()
  if (authSetting['scope.userLocation'] !== false) {
    try {
      await wx.authorize({ scope: 'scope.userLocation' })
      await wx.getLocation({ type: 'gcj02' })
      return done({ outcome: 'located' })
    } catch {}
  }
  const { confirm } = await wx.showModal({ title: '需要位置权限', content: '请在设置中允许使用你的位置' })
  if (!confirm) return done({ outcome: 'declined' })
  try {
    const s = await wx.openSetting()
    if (!s.authSetting['scope.userLocation']) return done({ outcome: 'still off' })
    await wx.getLocation({ type: 'gcj02' })
    done({ outcome: 'located' })
  } catch (err) {
    done({ outcome: 'failed', errMsg: (err as WechatMiniprogram.GeneralCallbackResult).errMsg })
  }
}

test.each([
  ['ios', { outcome: 'failed', errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' }],
  ['devtools', { outcome: 'located' }],
] as const)('README: with await wx.showModal() before wx.openSetting() the flow fails on a phone, not in DevTools (%s)', async (platform, expected) => {
  const rt = createRuntime({ platform, scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
  rt.install()
  try {
    const result = await rt.tap(() => new Promise<LocateResult>((done) => void locateMeAwaiting(done)))
    expect(result).toEqual(expected)
  } finally {
    rt.uninstall()
  }
})
