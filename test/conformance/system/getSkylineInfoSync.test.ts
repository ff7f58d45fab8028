import { describe, expect, test } from 'vitest'
import { createRuntime } from '../../../src/index.ts'

// wx.getSkylineInfoSync.html / wx.getSkylineInfo.html (typings, H); WeChat 8.0.40 and base library 3.0.2 (M);
// wx.getApiCategory.html (2.33.0, H).

describe('wx.getSkylineInfoSync / getSkylineInfo', () => {
  test('a current phone supports Skyline: { isSupported: true, version }', () => {
    expect(createRuntime().wx.getSkylineInfoSync()).toEqual({ isSupported: true, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) })
  })

  test('an old WeChat: client not supported; an old base library: baselib not supported', () => {
    expect(createRuntime({ wechatVersion: '8.0.39' }).wx.getSkylineInfoSync()).toEqual({ isSupported: false, version: '', reason: 'client not supported' })
    expect(createRuntime({ SDKVersion: '2.30.0' }).wx.getSkylineInfoSync()).toMatchObject({ isSupported: false, reason: 'baselib not supported' })
  })

  test('an app falls back to the WebView page when Skyline is missing (PC WeChat)', () => {
    const { wx } = createRuntime({ platform: 'windows' })
    const page = wx.getSkylineInfoSync().isSupported ? 'skyline' : 'webview'
    expect(page).toBe('webview')
  })

  test('getSkylineInfo: callbacks only, getSkylineInfo:ok', async () => {
    const rt = createRuntime()
    const res = await new Promise<unknown>((resolve) => rt.wx.getSkylineInfo({ success: resolve }))
    expect(res).toEqual({ ...rt.wx.getSkylineInfoSync(), errMsg: 'getSkylineInfo:ok' })
  })
})

describe('wx.getApiCategory', () => {
  test("'default' normally; 'embedded' when opened as a half-screen mini program", () => {
    expect(createRuntime().wx.getApiCategory()).toBe('default')
    expect(createRuntime({ launch: { apiCategory: 'embedded' } }).wx.getApiCategory()).toBe('embedded')
  })
})
