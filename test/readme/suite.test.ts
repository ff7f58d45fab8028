// README.md "## Use it in your suite" → "### The fixture": the snippet as written, with imports from
// src/ and `openNearbyPage` (the app's page code the snippet imports) defined below as an app writes it.
import { describe, expect, test } from '../../src/vitest.ts'

// ---- README snippet ----
test('asks for the location once, then remembers', async ({ rt, wx }) => {
  rt.user.answer({ authorize: 'allow' })
  await openNearbyPage()          // app code that calls the global wx
  await openNearbyPage()
  expect(rt).toHavePrompted('scope.userLocation')
  expect(rt).toHaveCalledWxTimes('getLocation', 2)
  expect(wx.getLocation).toHaveBeenCalledWith({ type: 'gcj02' })
})

describe('a user who refused before', () => {
  // Per file or per describe block (vitest 4.1+; test.scoped on 4.0):
  test.override({ fakeWxOptions: { scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } } })

  test('explains and sends them to the settings page', async ({ rt }) => {
    await openNearbyPage()
    expect(rt).toHaveFailedWith('getLocation', 'auth deny') // any platform's wording matches
    expect(rt).toHaveCalledWx('openSetting')
  })
})
// ---- end of snippet ----

describe('the same page, checked to the end', () => {
  test.override({ fakeWxOptions: { scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } } })

  test('located after the settings page', async ({ rt }) => {
    expect(await openNearbyPage()).toMatchObject({ status: 'located' })
    expect(rt).toHaveScope('scope.userLocation', 'granted')
    expect(rt).toHavePrompted('modal')
    expect(rt).toHavePrompted('settings')
    expect(rt).not.toHavePrompted('authorize', 'scope.userLocation')
  })
})

// pages/nearby.ts of the app: locate; on a refusal explain in a modal whose confirm opens the settings page.
type Nearby = { status: 'located'; latitude: number; longitude: number } | { status: 'declined' | 'still off' | 'error'; errMsg?: string }
async function openNearbyPage(): Promise<Nearby> {
  try {
    const { latitude, longitude } = await wx.getLocation({ type: 'gcj02' })
    return { status: 'located', latitude, longitude }
  } catch (err) {
    if (!/auth den/.test((err as WechatMiniprogram.GeneralCallbackResult).errMsg)) return { status: 'error' }
  }
  return new Promise<Nearby>((resolve) =>
    wx.showModal({
      title: '需要位置权限',
      content: '请允许使用你的位置，以便显示附近的门店',
      confirmText: '去设置',
      success: ({ confirm }) => {
        if (!confirm) return resolve({ status: 'declined' })
        // The modal's confirm is the user's tap: openSetting works here.
        wx.openSetting({
          success: ({ authSetting }) => {
            if (!authSetting['scope.userLocation']) return resolve({ status: 'still off' })
            wx.getLocation({
              type: 'gcj02',
              success: ({ latitude, longitude }) => resolve({ status: 'located', latitude, longitude }),
              fail: ({ errMsg }) => resolve({ status: 'error', errMsg }),
            })
          },
          fail: ({ errMsg }) => resolve({ status: 'error', errMsg }),
        })
      },
    }),
  )
}

// The matcher table, row by row.
test('matchers: toHavePrompted, toHaveScope, toHaveCalledWx(Times), toHaveFailedWith (errno and reason)', async ({ rt, wx }) => {
  rt.user.answer({ authorize: { 'scope.camera': 'deny' }, modal: 'cancel' })
  await wx.authorize({ scope: 'scope.camera' }).catch(() => {})
  await wx.showModal({ title: 't', content: 'c' })
  expect(rt).toHavePrompted('scope.camera')
  expect(rt).toHavePrompted('modal')
  expect(rt).toHavePrompted('authorize', 'scope.camera')
  expect(rt).toHaveScope('scope.camera', 'denied')
  await wx.getLocation({ type: 'gcj02', altitude: true }).catch(() => {})
  expect(rt).toHaveCalledWx('getLocation', { type: 'gcj02' })
  expect(rt).toHaveCalledWxTimes('getLocation', 1)
  await new Promise((done) => wx.request({ url: 'https://not-listed.example.com/x', fail: done }))
  expect(rt).toHaveFailedWith('request', 600002)
  await wx.getStorage({ key: 'missing' }).catch(() => {})
  expect(rt).toHaveFailedWith('getStorage', 'data not found')
})
