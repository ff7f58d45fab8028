import { describe, expect, test } from 'vitest'
import { createRuntime, type FakeWx } from '../../src/index.ts'

// authorization.md §5: "Code that caches 'permission granted' in storage and never notices a revocation in the
// settings page." The settings page can turn a scope off at any time (research.md §1.5); the OS layer can deny a
// scope that authSetting still reports as true (research.md §5, §8.7, H).

/** The buggy app code: asks once, remembers the answer for ever, then trusts the cache. */
function createLocationFeature(wx: FakeWx, storage: Map<string, unknown>) {
  return {
    async enable() {
      await wx.authorize({ scope: 'scope.userLocation' })
      storage.set('locationGranted', true)
    },
    async nearbyShops(): Promise<string> {
      if (!storage.get('locationGranted')) return 'ask first'
      const res = await wx.getLocation({ type: 'gcj02' }).catch((e: { errMsg: string }) => e)
      return 'latitude' in res ? 'shops near you' : `broken: ${res.errMsg}`
    },
  }
}

describe('spec §5.3: a cached "granted"', () => {
  test('the user switches location off in the settings page; the app still thinks it is on and breaks', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    const storage = new Map<string, unknown>()
    const feature = createLocationFeature(rt.wx, storage)
    await feature.enable()
    expect(await feature.nearbyShops()).toBe('shops near you')

    rt.user.changeSettings({ 'scope.userLocation': false })
    expect(storage.get('locationGranted')).toBe(true)
    expect(await feature.nearbyShops()).toBe('broken: getLocation:fail auth deny')
  })

  test("os-denied: authSetting still says true, so even re-checking getSetting would not catch it", async () => {
    const rt = createRuntime({ scenario: ['granted', 'os-denied'] })
    const storage = new Map<string, unknown>([['locationGranted', true]])
    expect((await rt.wx.getSetting()).authSetting['scope.userLocation']).toBe(true)
    expect(await createLocationFeature(rt.wx, storage).nearbyShops()).toBe('broken: getLocation:fail system permission denied')
    expect(rt.wx.getAppAuthorizeSetting().locationAuthorized).toBe('denied') // what the app should have read
  })
})
