import { describe, test as plainTest } from 'vitest'
import { beforeEach, expect, test, type FakeWxOptions } from '../../src/vitest.ts'

const globalWx = () => (globalThis as { wx?: unknown }).wx

describe('the fake-wx/vitest fixture', () => {
  test('gives each test a runtime and its wx, installed as the global wx for the test', async ({ rt, wx }) => {
    expect(wx).toBe(rt.wx)
    expect(globalWx()).toBe(wx)
    await wx.setStorage({ key: 'k', data: 1 })
    expect(rt.storage.get('k')).toBe(1)
  })

  plainTest('removes the global wx when the test ends', () => {
    expect('wx' in globalThis).toBe(false)
  })

  test('installs the global even when the test does not ask for rt (app code reads the global)', async () => {
    const appCode = () => (globalWx() as WechatMiniprogram.Wx).getStorageSync('missing')
    expect(appCode()).toBe('')
  })

  test('defaults: first-time user, nothing answered', async ({ rt, fakeWxOptions }) => {
    expect(fakeWxOptions).toEqual({})
    expect(rt.auth.get('scope.userLocation')).toBe('undetermined')
  })
})

describe('options per describe block or per file: test.override({ fakeWxOptions })', () => {
  test.override({ fakeWxOptions: { scenario: 'denied-once', user: { modal: 'confirm' } } })

  test('the scenario applies', async ({ rt, wx }) => {
    await expect(wx.getLocation({})).rejects.toMatchObject({ errMsg: 'getLocation:fail auth deny' })
    expect(rt).toHaveScope('scope.userLocation', 'denied')
  })

  test('the user\'s standing answers apply', async ({ wx }) => {
    await expect(wx.showModal({ title: 't', content: 'c' })).resolves.toMatchObject({ confirm: true })
  })

  describe('a nested block overrides again', () => {
    test.override({ fakeWxOptions: { scenario: 'granted' } })
    test('granted here', async ({ rt }) => {
      expect(rt.auth.get('scope.userLocation')).toBe('granted')
    })
  })
})

describe('a test of your own with test.extend', () => {
  const granted = test.extend<{ fakeWxOptions: FakeWxOptions }>({ fakeWxOptions: { scenario: 'granted', storage: { token: 't1' } } })

  granted('uses those options', async ({ rt, wx }) => {
    await expect(wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt).not.toHavePrompted('scope.userLocation')
    expect(wx.getStorageSync('token')).toBe('t1')
  })
})

describe('global: false, for code that takes wx as an argument (and for test.concurrent)', () => {
  test.override({ fakeWxOptions: { global: false } })

  test.concurrent('one', async ({ wx }) => {
    expect(globalWx()).toBeUndefined()
    wx.setStorageSync('who', 'one')
    await new Promise((r) => setTimeout(r, 5))
    expect(wx.getStorageSync('who')).toBe('one')
  })

  test.concurrent('two', async ({ wx }) => {
    wx.setStorageSync('who', 'two')
    await new Promise((r) => setTimeout(r, 5))
    expect(wx.getStorageSync('who')).toBe('two')
  })
})

describe("the fixture's beforeEach: beforeEach(({ rt }) => …) from fake-wx/vitest is typed with the fixtures", () => {
  beforeEach(({ rt }) => rt.user.answer({ authorize: 'allow' }))

  test('the hook got this test\'s runtime', async ({ rt, wx }) => {
    await expect(wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    expect(rt).toHavePrompted('scope.userLocation')
  })
})
