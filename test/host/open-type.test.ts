import { describe, expect, test } from 'vitest'
import { logSince, useApp } from './support.ts'

// <button open-type="openSetting" bindopensetting="h"> (base library 2.0.7): opens the settings page from
// the user's own tap (no gesture rule) and calls h with detail { errMsg: 'openSetting:ok', authSetting }
// (research.md §1.5, H; component/button.html).
const start = useApp()

describe('<button open-type="openSetting">', () => {
  test('opens the settings page and calls bindopensetting with the documented detail', async () => {
    const rt = start({ scenario: 'denied-once', scopes: ['scope.userLocation'], user: { settings: { 'scope.userLocation': true } } })
    const page = await rt.open('pages/form/index')
    await page.tapButton({ openType: 'openSetting', bindopensetting: 'onOpenSetting' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['settings'])
    expect(page.data.lastEvent).toEqual({
      type: 'opensetting',
      detail: { errMsg: 'openSetting:ok', authSetting: expect.objectContaining({ 'scope.userLocation': true }) },
      hasTarget: true,
      timeStamp: 'number',
    })
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
  })

  test('the settings round trip hides and shows the page and the app', async () => {
    const rt = start({ scenario: 'granted', scopes: ['scope.userLocation'], user: { settings: {} } })
    const a = await rt.open('pages/a/index')
    ;(a.instance as Record<string, unknown>).done = () => undefined
    const since = logSince(rt)
    await a.tapButton({ openType: 'openSetting', bindopensetting: 'done' })
    expect(since()).toEqual(['a.onHide', 'app.onHide', 'app.onShow', 'a.onShow'])
  })

  test('works outside any other tap and after awaits: it is the user\'s own tap on a native button', async () => {
    const rt = start({ user: { settings: {} } })
    const page = await rt.open('pages/form/index')
    await rt.settle()
    await page.tapButton({ openType: 'openSetting', bindopensetting: 'onOpenSetting' })
    expect((page.data.lastEvent as { detail: { errMsg: string } }).detail.errMsg).toBe('openSetting:ok')
  })

  test('bindtap runs first, inside the tap, with the button\'s dataset', async () => {
    const rt = start({ user: { settings: {} } })
    const page = await rt.open('pages/form/index')
    await page.tapButton({ openType: 'openSetting', bindtap: 'onTap', bindopensetting: 'onOpenSetting', dataset: { id: 'b1' } })
    expect(page.data.results).toEqual(['tap:tap:b1'])
    expect(page.data.lastEvent).toBeDefined()
  })

  test('the user\'s answer on the settings page is a prompt like any other (step by step with onUnansweredPrompt: wait)', async () => {
    const rt = start({ scenario: 'denied-once', scopes: ['scope.userLocation'], onUnansweredPrompt: 'wait' })
    const page = await rt.open('pages/form/index')
    const tapped = page.tapButton({ openType: 'openSetting', bindopensetting: 'onOpenSetting' })
    const prompt = await rt.user.nextPrompt()
    expect(prompt.kind).toBe('settings')
    expect(prompt.details).toEqual({ authSetting: expect.objectContaining({ 'scope.userLocation': false }) })
    prompt.respond({ 'scope.userLocation': true })
    await tapped
    expect((page.data.lastEvent as { detail: { authSetting: Record<string, boolean> } }).detail.authSetting['scope.userLocation']).toBe(true)
  })
})

describe('other open types', () => {
  test('chooseAvatar through tapButton shows the avatar sheet (answered by the simulated user)', async () => {
    const rt = start({ user: { chooseAvatar: 'cancel' } })
    const page = await rt.open('pages/form/index')
    await page.tapButton({ openType: 'chooseAvatar' })
    expect(rt.prompts.map((p) => p.kind)).toEqual(['chooseAvatar'])
  })

  test.each(['launchApp', 'feedback'])('%s: a clear "not supported yet" error', async (openType) => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    await expect(page.tapButton({ openType })).rejects.toThrow(`<button open-type="${openType}"> is not supported yet`)
  })

  test('an open type the client does not have', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    await expect(page.tapButton({ openType: 'openSettings' })).rejects.toThrow('the client has no such open-type')
  })

  test('a plain button is a tap', async () => {
    const rt = start()
    const page = await rt.open('pages/form/index')
    await page.tapButton({ bindtap: 'onTap', dataset: { id: 'plain' } })
    expect(page.data.results).toEqual(['tap:tap:plain'])
  })
})
