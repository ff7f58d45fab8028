import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe } from 'vitest'
import { expect, test } from '../../src/vitest.ts'
import { createRuntime, type Runtime } from '../../src/index.ts'
import { coreOf } from '../../src/runtime/create-runtime.ts'

// Issue 14 (memory per live runtime): what a runtime keeps is made on first use or shared. Options left out resolve to
// config parts shared by every runtime (frozen, so one runtime cannot change another's), and the parts a test does
// not touch (Bluetooth, listener sets, OS permission maps) are made only when it does, with the same behaviour.

/** The recovery flow of the bench: getSetting, authorize (refused), showModal → openSetting, getLocation. */
async function recoveryFlow(rt: Runtime): Promise<void> {
  await rt.wx.getSetting({})
  await rt.wx.authorize({ scope: 'scope.userLocation' }).catch(() => undefined)
  await new Promise<void>((resolve) => {
    rt.wx.showModal({
      title: 't',
      content: 'c',
      success: () => void rt.wx.openSetting({ complete: () => resolve() }),
    })
  })
  await rt.wx.getLocation({ type: 'gcj02' })
}

const OPTIONS = { scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } } as const

describe('issue 14: what a live runtime keeps', () => {
  test('runtimes made without config options share the resolved defaults, frozen', () => {
    const [a, b] = [coreOf(createRuntime()).config, coreOf(createRuntime({ platform: 'ios' })).config]
    for (const part of ['legacy', 'devtools', 'appJson', 'account', 'disabledApis', 'network', 'privacy', 'dialect'] as const) {
      expect(a[part], part).toBe(b[part])
    }
    for (const part of [a.legacy, a.devtools, a.appJson, a.account, a.disabledApis, a.network, a.network.domains, a.privacy]) {
      expect(Object.isFrozen(part)).toBe(true)
    }
    expect(() => ((a.appJson as Record<string, unknown>).pages = ['x'])).toThrow(TypeError)
    expect(coreOf(createRuntime()).config.appJson).toEqual({})
  })

  test('runtimes with at most a platform, base library and envVersion share one frozen config; other options get their own', () => {
    const config = (options: Parameters<typeof createRuntime>[0]) => coreOf(createRuntime(options)).config
    expect(config({ platform: 'android', scenario: ['granted', 'os-denied'] })).toBe(config({ platform: 'android', user: { authorize: 'allow' } }))
    expect(Object.isFrozen(config({ platform: 'android' }))).toBe(true)
    expect(config({ platform: 'android' })).not.toBe(config({ platform: 'ios' }))
    expect(config({ platform: 'android' })).not.toBe(config({ platform: 'android', SDKVersion: '2.30.0' }))
    const own = config({ platform: 'android', scenario: ['granted', 'privacy-not-agreed'] })
    expect(own).not.toBe(config({ platform: 'android' }))
    expect(own.privacy.agreed).toEqual([])
    expect(config({ platform: 'android', dialect: { authDeny: 'auth denied' } }).dialect.authDeny).toBe('auth denied')
    expect(config({ platform: 'android' }).dialect.authDeny).not.toBe('auth denied')
  })

  test('a given option still gets its own resolved part', () => {
    const core = coreOf(createRuntime({ devtools: { location: 'as-asked' }, domains: { request: ['https://api.example.com'] }, openid: 'o1' }))
    expect(core.config.devtools).toEqual({ location: 'as-asked', privacySetting: 'as-documented' })
    expect(core.config.network.domains.request.map((o) => o.host)).toEqual(['api.example.com'])
    expect(core.config.account).toEqual({ openid: 'o1', unionid: undefined })
  })

  test('OS permissions and switches made on first use read and change as before', () => {
    const rt = createRuntime({ platform: 'android' })
    expect(rt.device.os.snapshot()).toEqual({
      location: 'authorized', camera: 'authorized', microphone: 'authorized', album: 'authorized',
      bluetooth: 'authorized', calendar: 'authorized', contacts: 'authorized', notification: 'authorized',
    })
    rt.device.os.set({ camera: 'denied' })
    expect(rt.device.os.get('camera')).toBe('denied')
    rt.device.os.set({ camera: 'authorized' })
    expect(rt.device.os.get('camera')).toBe('authorized')
    expect(() => rt.device.os.get('phone' as never)).toThrow(/Unknown OS permission "phone"/)
    rt.device.switches.set({ wifi: false, bluetooth: false })
    expect(rt.device.switches.snapshot()).toEqual({ location: true, bluetooth: false, wifi: false })
    expect(rt.device.bluetooth.enabled).toBe(false)
    expect(rt.trace.filter((e) => e.type === 'device').map((e) => (e as { change: string }).change)).toEqual([
      'os.camera',
      'os.camera',
      'switches.wifi',
      'bluetoothEnabled',
    ])
  })

  test('the OS layer reads permissions and switches without making them; a change made later is seen', async () => {
    const rt = createRuntime({ platform: 'android', scenario: 'granted', scopes: ['scope.userLocation'] })
    await rt.wx.getLocation({})
    rt.device.switches.set({ location: false })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: expect.stringMatching(/^getLocation:fail/) })
    rt.device.switches.set({ location: true })
    rt.device.os.set({ location: 'denied' })
    await expect(rt.wx.getLocation({})).rejects.toMatchObject({ errMsg: expect.stringMatching(/^getLocation:fail/) })
  })

  test('rt.prompts: the same live array from its first read, made to size until then', async () => {
    const early = createRuntime(OPTIONS)
    const held = early.prompts
    await recoveryFlow(early)
    expect(early.prompts).toBe(held)
    const late = createRuntime(OPTIONS)
    await recoveryFlow(late)
    expect(late.prompts).toEqual(held)
    expect(held.map((p) => [p.kind, p.answer])).toEqual([['modal', 'confirm'], ['settings', { 'scope.userLocation': true }]])
    const read = late.prompts
    await new Promise((resolve) => late.wx.showModal({ title: 'again', content: 'c', complete: resolve }))
    expect(late.prompts).toBe(read)
    expect(read).toHaveLength(3)
    const many = createRuntime({ user: { modal: 'cancel' } })
    for (let i = 0; i < 12; i++) await many.wx.showModal({ title: `m${i}`, content: 'c' })
    expect(many.prompts.map((p) => p.answer)).toEqual(Array(12).fill('cancel'))
  })

  test('authSetting keeps the order scopes were first asked in, with one scope or several, across resets', async () => {
    const rt = createRuntime({ scopes: ['scope.userLocation', 'scope.camera', 'scope.record'] })
    const mine = ['scope.userLocation', 'scope.camera', 'scope.record']
    const order = async () => Object.keys(((await rt.wx.getSetting({})) as { authSetting: object }).authSetting).filter((s) => mine.includes(s))
    rt.auth.set('scope.camera', 'denied')
    expect(await order()).toEqual(['scope.camera'])
    rt.auth.set('scope.camera', 'undetermined')
    expect(await order()).toEqual([])
    rt.auth.set('scope.record', 'granted')
    rt.auth.set('scope.userLocation', 'denied')
    rt.auth.set('scope.record', 'denied')
    expect(await order()).toEqual(['scope.record', 'scope.userLocation'])
    expect(rt.auth.get('scope.record')).toBe('denied')
    rt.auth.set('scope.record', 'undetermined')
    rt.auth.set('scope.record', 'granted')
    expect(await order()).toEqual(['scope.userLocation', 'scope.record'])
    expect(rt.auth.get('scope.camera')).toBe('undetermined')
  })

  test('a runtime dropped after the recovery flow is collected', async () => {
    setFlagsFromString('--expose-gc')
    const gc = runInNewContext('gc') as () => void
    const make = async () => {
      const rt = createRuntime(OPTIONS)
      await recoveryFlow(rt)
      return new WeakRef(rt)
    }
    const ref = await make()
    for (let i = 0; i < 10 && ref.deref() !== undefined; i++) {
      await new Promise((resolve) => setImmediate(resolve))
      gc()
    }
    expect(ref.deref()).toBeUndefined()
  })
})
