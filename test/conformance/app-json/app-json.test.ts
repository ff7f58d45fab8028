import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime, FakeWxError, REQUIRED_PRIVATE_INFOS } from '../../../src/index.ts'

// app.json fields of the authorization flow: reference/configuration/app.html; research.md §7.

const NOT_DECLARED = 'the api need to be declared in the requiredPrivateInfos field in app.json/ext.json'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('permission (research.md §7.1)', () => {
  test('a key other than the three location scopes gets DevTools\' warning 无效的 app.json permission["…"] (research §7.1 M)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    createRuntime({ appJson: { permission: { 'scope.userLocation': { desc: '定位' }, 'scope.record': { desc: '录音' }, 'scope.writePhotosAlbum': { desc: '存图' } } } })
    expect(warn.mock.calls.map((c) => c[0])).toEqual(['无效的 app.json permission["scope.record"]', '无效的 app.json permission["scope.writePhotosAlbum"]'])
    warn.mockClear()
    createRuntime({ appJson: { permission: { 'scope.userLocation': { desc: '定位' }, 'scope.userFuzzyLocation': { desc: '定位' }, 'scope.userLocationBackground': { desc: '定位' } } } })
    expect(warn).not.toHaveBeenCalled()
  })

  test('permission["scope.userLocation"].desc is shown in the location dialog, visible to tests', async () => {
    const rt = createRuntime({
      appJson: { permission: { 'scope.userLocation': { desc: '你的位置信息将用于小程序位置接口的效果展示' } }, requiredPrivateInfos: ['getLocation'] },
      onUnansweredPrompt: 'wait',
    })
    const call = rt.wx.getLocation({})
    const prompt = await rt.user.nextPrompt()
    expect(prompt.details).toEqual({ scope: 'scope.userLocation', api: 'getLocation', desc: '你的位置信息将用于小程序位置接口的效果展示' })
    prompt.respond('allow' as never)
    await expect(call).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('only the location scopes take a desc ("目前只有这三个", research §7.1 M): the camera dialog shows none, the fuzzy one does', async () => {
    const rt = createRuntime({
      appJson: { permission: { 'scope.camera': { desc: '拍照' }, 'scope.userFuzzyLocation': { desc: '附近门店' } } },
      onUnansweredPrompt: 'wait',
    })
    const camera = rt.wx.authorize({ scope: 'scope.camera' })
    const first = await rt.user.nextPrompt()
    expect(first.details).toEqual({ scope: 'scope.camera', api: 'authorize' })
    first.respond('allow' as never)
    await camera
    const fuzzy = rt.wx.authorize({ scope: 'scope.userFuzzyLocation' })
    const second = await rt.user.nextPrompt()
    expect(second.details).toEqual({ scope: 'scope.userFuzzyLocation', api: 'authorize', desc: '附近门店' })
    second.respond('allow' as never)
    await fuzzy
  })

  test('a desc longer than 30 characters does not compile ("无效的json文件" in DevTools, M)', () => {
    expect(() => createRuntime({ appJson: { permission: { 'scope.userLocation': { desc: '很'.repeat(31) } } } })).toThrow(/30/)
  })
})

describe('requiredPrivateInfos (research.md §7.2; base library check quoted from [BASELIB-RE], M)', () => {
  test('the 8 APIs of the 2022-07-14 announcement', () => {
    expect(REQUIRED_PRIVATE_INFOS).toEqual([
      'getFuzzyLocation',
      'getLocation',
      'onLocationChange',
      'startLocationUpdate',
      'startLocationUpdateBackground',
      'chooseLocation',
      'choosePoi',
      'chooseAddress',
    ])
  })

  test('getFuzzyLocation with a precise-location API is a compile error (DevTools "… 互斥")', () => {
    expect(() => createRuntime({ appJson: { requiredPrivateInfos: ['getFuzzyLocation', 'getLocation'] } })).toThrow(FakeWxError)
    expect(() => createRuntime({ appJson: { requiredPrivateInfos: ['getFuzzyLocation', 'getLocation'] } })).toThrow(/互斥/)
    expect(() => createRuntime({ appJson: { requiredPrivateInfos: ['getFuzzyLocation', 'chooseLocation', 'chooseAddress'] } })).not.toThrow()
    expect(() => createRuntime({ appJson: { requiredPrivateInfos: ['getLocationX'] } })).toThrow(/not one of/)
  })

  test('release: an API missing from the list fails with the client text, and logs the client\'s console.error (research §7.2 [BASELIB-RE])', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const rt = createRuntime({ scenario: 'granted', envVersion: 'release', appJson: { requiredPrivateInfos: ['chooseLocation'] } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: `getLocation:fail ${NOT_DECLARED}` })
    expect(error.mock.calls).toEqual([['wx.getLocation need to be declared in the requiredPrivateInfos field in app.json/ext.json']])
    expect(rt.timeline()).toContain('console.error: wx.getLocation need to be declared in the requiredPrivateInfos field in app.json/ext.json')
  })

  test('release: no list at all fails too (versions published after 2022-07-14)', async () => {
    const rt = createRuntime({ scenario: 'granted', envVersion: 'release', appJson: {} })
    await expect(rt.wx.startLocationUpdate({})).rejects.toEqual({ errMsg: `startLocationUpdate:fail ${NOT_DECLARED}` })
  })

  test('release, a grandfathered version (server flag off): no list, no failure', async () => {
    const rt = createRuntime({ scenario: 'granted', envVersion: 'release', appJson: {}, releasePrivateInfosCheck: false })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('develop/trial: no list does not fail; a list without the API does', async () => {
    const none = createRuntime({ scenario: 'granted', envVersion: 'develop', appJson: {} })
    await expect(none.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    const lacking = createRuntime({ scenario: 'granted', envVersion: 'trial', appJson: { requiredPrivateInfos: ['chooseAddress'] } })
    await expect(lacking.wx.getLocation({})).rejects.toEqual({ errMsg: `getLocation:fail ${NOT_DECLARED}` })
  })

  test('declared, the API runs', async () => {
    const rt = createRuntime({ scenario: 'granted', appJson: { requiredPrivateInfos: ['getLocation'] } })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('chooseLocation needs the declaration though it needs no scope', async () => {
    const rt = createRuntime({ appJson: { requiredPrivateInfos: ['getLocation'] } })
    await expect(rt.wx.chooseLocation({})).rejects.toEqual({ errMsg: `chooseLocation:fail ${NOT_DECLARED}` })
    expect(rt.prompts).toEqual([])
  })

  test('without an app.json given to createRuntime nothing is checked (a develop build without the list)', async () => {
    const rt = createRuntime({ scenario: 'granted', envVersion: 'release' })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('"a privacy refusal wins over a missing declaration, which wins over a scope denial" (research.md §3, M)', async () => {
    const refused = createRuntime({ scenario: 'privacy-not-agreed', SDKVersion: '3.4.1', appJson: {}, user: { privacy: 'disagree' } }) // the popup era (< 3.4.2)
    await expect(refused.wx.getLocation({})).rejects.toMatchObject({ errno: 104 })
    const undeclared = createRuntime({ scenario: 'denied-once', appJson: {} })
    await expect(undeclared.wx.getLocation({})).rejects.toEqual({ errMsg: `getLocation:fail ${NOT_DECLARED}` })
    const neverAsked = createRuntime({ appJson: {} })
    await expect(neverAsked.wx.getLocation({})).rejects.toEqual({ errMsg: `getLocation:fail ${NOT_DECLARED}` })
    expect(neverAsked.prompts).toEqual([]) // no dialog for an API that is not declared
  })
})

describe('requiredBackgroundModes (research.md §7.3)', () => {
  const appJson = { requiredPrivateInfos: ['startLocationUpdateBackground', 'getLocation'] }

  test("without ['location'], startLocationUpdateBackground fails auth deny even with the background grant (M)", async () => {
    const rt = createRuntime({ scenario: 'granted', scopes: ['scope.userLocation', 'scope.userLocationBackground'], appJson })
    await expect(rt.wx.startLocationUpdateBackground({})).rejects.toEqual({ errMsg: 'startLocationUpdateBackground:fail auth deny', errno: 103 })
  })

  test("with ['location'], the settings page offers 使用小程序期间和离开小程序后 and background updates start", async () => {
    const rt = createRuntime({
      scenario: 'granted',
      scopes: ['scope.userLocation'],
      appJson: { ...appJson, requiredBackgroundModes: ['location'] },
    })
    rt.user.changeSettings({ 'scope.userLocationBackground': true })
    await expect(rt.wx.startLocationUpdateBackground({})).resolves.toEqual({ errMsg: 'startLocationUpdateBackground:ok' })
  })
})

describe("the app folder's app.json (createRuntime({ app: { root } }))", () => {
  test('is the app.json the checks read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-wx-'))
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], requiredPrivateInfos: ['chooseLocation'] }))
    const rt = createRuntime({ scenario: 'granted', app: { root: dir } })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: `getLocation:fail ${NOT_DECLARED}` })
    // cache: 'stat': the rewrite just made is read at once (the default 'watch' sees it when fs.watch reports it).
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], requiredPrivateInfos: ['getFuzzyLocation', 'getLocation'] }))
    expect(() => createRuntime({ app: { root: dir, cache: 'stat' } })).toThrow(/互斥/)
  })
})
