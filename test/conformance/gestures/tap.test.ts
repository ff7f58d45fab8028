// The tap-gesture rule (spec §2.8, §2.10; research §1.5, §6, §8.3).
// openSetting only works from a user tap since base library 2.3.0 ([OPENSETTING-2018], H); the gesture is
// sampled when the API is called; an await / .then / timer in between loses it on phones (vant-weapp #5813,
// taro #1815); a modal's confirm opens a new window (M/H); DevTools does not check it (L).
import { afterEach, describe, expect, test, vi } from 'vitest'
import { createRuntime, type RuntimeOptions } from '../../../src/index.ts'

const TAP_ERROR = { errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' }

/** A user who has refused location and will switch it on in the settings page. */
function deniedUser(options: RuntimeOptions = {}) {
  return createRuntime({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } }, ...options })
}

/** Calls openSetting callback-style and resolves with what it delivered. */
function openSettingResult(wx: ReturnType<typeof createRuntime>['wx']): Promise<{ ok: boolean; res: { errMsg: string } }> {
  return new Promise((resolve) => {
    wx.openSetting({ success: (res) => resolve({ ok: true, res }), fail: (res) => resolve({ ok: false, res }) })
  })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('openSetting outside a tap', () => {
  test('fails with exactly "openSetting:fail can only be invoked by user TAP gesture." and opens nothing', async () => {
    const rt = deniedUser()
    await expect(rt.wx.openSetting()).rejects.toEqual(TAP_ERROR)
    expect(rt.prompts).toEqual([])
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
  })

  test('callback style: fail, then complete, with the same errMsg', async () => {
    const rt = deniedUser()
    const seen: string[] = []
    rt.wx.openSetting({ fail: (r) => seen.push(`fail ${r.errMsg}`), complete: (r) => seen.push(`complete ${r.errMsg}`) })
    await rt.settle()
    expect(seen).toEqual([`fail ${TAP_ERROR.errMsg}`, `complete ${TAP_ERROR.errMsg}`])
  })
})

describe('openSetting inside rt.tap', () => {
  test('works when called synchronously in the handler', async () => {
    const rt = deniedUser()
    const res = await rt.tap(() => rt.wx.openSetting())
    expect(res).toMatchObject({ errMsg: 'openSetting:ok', authSetting: { 'scope.userLocation': true } })
  })

  test('works in an async handler before its first await', async () => {
    const rt = deniedUser()
    const res = await rt.tap(async () => rt.wx.openSetting())
    expect(res.errMsg).toBe('openSetting:ok')
  })

  test('rt.tap returns the handler result as is (a plain value stays synchronous)', () => {
    const rt = createRuntime()
    expect(rt.tap(() => 42)).toBe(42)
  })

  test.each([
    ['await Promise.resolve()', async () => {
      await Promise.resolve()
    }],
    ['await of a wx call (await wx.getSetting())', async (wx: ReturnType<typeof createRuntime>['wx']) => {
      await wx.getSetting()
    }],
    ['await of a timer (fake timers)', async () => {
      const t = new Promise((r) => setTimeout(r, 10))
      vi.advanceTimersByTime(10)
      await t
    }],
  ])('fails once the handler has awaited anything asynchronous: %s', async (_name, before) => {
    vi.useFakeTimers()
    const rt = deniedUser()
    const result = rt.tap(async () => {
      await before(rt.wx)
      return rt.wx.openSetting()
    })
    await expect(result).rejects.toEqual(TAP_ERROR)
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
  })

  test('the gesture is sampled when the API is called, not when its result arrives', async () => {
    const rt = deniedUser({ onUnansweredPrompt: 'wait', user: { modal: 'confirm' } })
    const call = rt.tap(() => rt.wx.openSetting())
    // The settings page is on screen long after the handler returned: the call still succeeds.
    const page = await rt.user.nextPrompt()
    page.respond({ 'scope.userLocation': true })
    await expect(call).resolves.toMatchObject({ errMsg: 'openSetting:ok' })
  })
})

describe("a modal's buttons are taps (research §1.5 M/H, §6)", () => {
  test("the modal's confirm callback counts as a tap for openSetting, even for a modal opened outside a tap", async () => {
    const rt = deniedUser()
    const outcome = await new Promise<{ ok: boolean; res: { errMsg: string } }>((resolve) => {
      rt.wx.showModal({ title: '需要位置权限', content: '去设置打开', success: () => void openSettingResult(rt.wx).then(resolve) })
    })
    // openSettingResult calls wx.openSetting synchronously inside the success callback.
    expect(outcome).toMatchObject({ ok: true, res: { errMsg: 'openSetting:ok' } })
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
  })

  test("the modal's cancel callback is a tap too", async () => {
    const rt = deniedUser({ user: { modal: 'cancel', settings: {} } })
    const errMsg = await new Promise<string>((resolve) => {
      rt.wx.showModal({ title: 't', complete: () => rt.wx.openSetting({ complete: (r) => resolve(r.errMsg) }) })
    })
    expect(errMsg).toBe('openSetting:ok')
  })

  test('showModal().then(() => openSetting()) fails: a Promise continuation is not a tap, even inside rt.tap', async () => {
    const rt = deniedUser()
    await expect(rt.tap(() => rt.wx.showModal({ title: 't' }).then(() => rt.wx.openSetting()))).rejects.toEqual(TAP_ERROR)
    await expect(rt.wx.showModal({ title: 't' }).then(() => rt.wx.openSetting())).rejects.toEqual(TAP_ERROR)
  })

  test('a timer started in the confirm callback loses the gesture', async () => {
    vi.useFakeTimers()
    const rt = deniedUser()
    const done = new Promise<{ ok: boolean; res: { errMsg: string } }>((resolve) => {
      rt.wx.showModal({ title: 't', success: () => setTimeout(() => void openSettingResult(rt.wx).then(resolve), 0) })
    })
    await rt.settle()
    vi.runAllTimers()
    await expect(done).resolves.toEqual({ ok: false, res: TAP_ERROR })
  })
})

describe('callbacks of a call made inside a tap keep the gesture ("改成直接普通的回调方式即可", research §1.5)', () => {
  test('getSetting({ success() { openSetting() } }) inside a tap works', async () => {
    const rt = deniedUser()
    const outcome = await rt.tap(
      () =>
        new Promise<{ ok: boolean; res: { errMsg: string } }>((resolve) => {
          rt.wx.getSetting({ success: () => void openSettingResult(rt.wx).then(resolve) })
        }),
    )
    expect(outcome).toMatchObject({ ok: true, res: { errMsg: 'openSetting:ok' } })
  })

  test('the same chain started outside a tap fails', async () => {
    const rt = deniedUser()
    const outcome = await new Promise<{ ok: boolean; res: { errMsg: string } }>((resolve) => {
      rt.wx.getSetting({ success: () => void openSettingResult(rt.wx).then(resolve) })
    })
    expect(outcome).toEqual({ ok: false, res: TAP_ERROR })
  })

  test('getSetting().then(() => openSetting()) inside a tap fails: Promise continuations do not keep it', async () => {
    const rt = deniedUser()
    await expect(rt.tap(() => rt.wx.getSetting().then(() => rt.wx.openSetting()))).rejects.toEqual(TAP_ERROR)
  })
})

describe('where the rule is not enforced', () => {
  test('DevTools does not check the gesture (research §1.5, §8.17)', async () => {
    const rt = deniedUser({ platform: 'devtools' })
    await expect(rt.wx.openSetting()).resolves.toMatchObject({ errMsg: 'openSetting:ok' })
    const afterAwait = rt.tap(async () => {
      await rt.wx.getSetting()
      return rt.wx.openSetting()
    })
    await expect(afterAwait).resolves.toMatchObject({ errMsg: 'openSetting:ok' })
  })

  test("tapGesture: 'enforce' makes DevTools strict; 'ignore' makes a phone lenient", async () => {
    await expect(deniedUser({ platform: 'devtools', tapGesture: 'enforce' }).wx.openSetting()).rejects.toEqual(TAP_ERROR)
    await expect(deniedUser({ platform: 'ios', tapGesture: 'ignore' }).wx.openSetting()).resolves.toMatchObject({
      errMsg: 'openSetting:ok',
    })
  })

  test.each(['ios', 'android', 'windows', 'mac'] as const)('%s enforces it', async (platform) => {
    await expect(deniedUser({ platform }).wx.openSetting()).rejects.toEqual(TAP_ERROR)
  })

  test('a base library older than 2.3.0 does not enforce it; 2.3.0 does', async () => {
    // Callback style: the Promise form only exists from 2.10.2.
    await expect(openSettingResult(deniedUser({ SDKVersion: '2.2.9' }).wx)).resolves.toMatchObject({
      ok: true,
      res: { errMsg: 'openSetting:ok' },
    })
    await expect(openSettingResult(deniedUser({ SDKVersion: '2.3.0' }).wx)).resolves.toEqual({ ok: false, res: TAP_ERROR })
  })
})
