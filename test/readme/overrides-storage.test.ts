// README.md "### Spies and overrides" and "### Storage": the snippets as written, inside a fixture test.
import { createRuntime, failure, ok } from '../../src/index.ts'
import { expect, test, vi } from '../../src/vitest.ts'

test('README snippet: override, use, restore', async ({ rt, wx }) => {
  rt.user.answer({ authorize: 'allow' })       // an override keeps the permission dialog around the body
  // ---- README snippet ----
  rt.override('getLocation', () => failure('system permission denied', 3))
  rt.use({ getStorageSync: (key) => (key === 'token' ? 'abc' : '') })   // several at once, msw-style
  // ---- (checked before the restore) ----
  await expect(wx.getLocation({ type: 'gcj02' })).rejects.toMatchObject({ errMsg: 'getLocation:fail system permission denied', errno: 3 })
  expect(wx.getStorageSync('token')).toBe('abc')
  expect(wx.getStorageSync('other')).toBe('')
  // ---- README snippet ----
  rt.restore()                                                            // back to the fake
  // ---- end of snippet ----
  await expect(wx.getLocation({ type: 'gcj02' })).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  expect(wx.getStorageSync('token')).toBe('')
  expect(typeof ok).toBe('function')
})

test('the paragraph: vitest spies — toHaveBeenCalledWith, vi.mocked(…).mock.calls, vi.spyOn(…).mockResolvedValueOnce, mockRestore', async ({ rt, wx }) => {
  rt.user.answer({ authorize: 'allow' })
  await wx.getLocation({ type: 'wgs84' })
  expect(wx.getLocation).toHaveBeenCalledWith({ type: 'wgs84' })
  expect(vi.mocked(wx.getLocation).mock.calls).toEqual([[{ type: 'wgs84' }]])
  const fix = { latitude: 1, longitude: 2 } as WechatMiniprogram.GetLocationSuccessCallbackResult
  const spy = vi.spyOn(wx, 'getLocation').mockResolvedValueOnce(fix)
  expect(await wx.getLocation({})).toBe(fix)
  spy.mockRestore()
  rt.clock.advance(30_000)
  expect(await wx.getLocation({})).toMatchObject({ errMsg: 'getLocation:ok' })
})

test('README (Storage): a scenario can say what earlier launches left in storage', async ({ rt, wx }) => {
  // ---- README snippet ----
  const rt2 = createRuntime({ scenario: 'revoked-in-settings', storage: { locationAllowed: true } })
  // ---- end of snippet ----
  expect(rt2.wx.getStorageSync('locationAllowed')).toBe(true)
  expect(rt2.auth.get('scope.userLocation')).toBe('denied')
  await expect(rt2.wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
  // The paragraph's rules: the Sync form throws, the async one fails with the client's text.
  await expect(wx.getStorage({ key: 'missing' })).rejects.toMatchObject({ errMsg: 'getStorage:fail data not found' })
  wx.setStorageSync('when', new Date(0))
  expect(wx.getStorageSync('when')).toEqual(new Date(0))
  expect(() => wx.setStorageSync('big', 'x'.repeat(1024 * 1024 + 1))).toThrow(/APP-SERVICE-SDK/)
  expect(rt.storage.snapshot()).toEqual({ when: new Date(0) })
})
