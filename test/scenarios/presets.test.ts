// Scenario presets (src/scenarios): plain data, initial states plus the history that led there, which opens
// rt.trace; they compose with `scopes` and `user`.
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError, PRESET_NAMES, PRESETS, SCOPE_TABLE, SCOPES, validateScenario, type Scenario } from '../../src/index.ts'

const DIALOG_SCOPES = SCOPES.filter((s) => SCOPE_TABLE[s].ask === 'dialog')
const WITHDRAWN_SCOPES = SCOPES.filter((s) => SCOPE_TABLE[s].ask === 'withdrawn')

/** Trace entries of the scenario's history, rendered one by one (`history: true`), without their sequence numbers. */
function historyLines(rt: ReturnType<typeof createRuntime>): string[] {
  return rt
    .timeline({ history: true })
    .split('\n')
    .filter((l) => l.endsWith('(history)'))
    .map((l) => l.replace(/^#\d+\s+/, ''))
}

describe('the four presets', () => {
  test('PRESET_NAMES lists exactly first-time, granted, denied-once, revoked-in-settings', () => {
    expect([...PRESET_NAMES].sort()).toEqual(['denied-once', 'first-time', 'granted', 'revoked-in-settings'])
    expect(JSON.parse(JSON.stringify(PRESETS))).toEqual(PRESETS) // plain data
  })

  test.each([
    ['first-time', 'undetermined'],
    ['granted', 'granted'],
    ['denied-once', 'denied'],
    ['revoked-in-settings', 'denied'],
  ] as const)('%s puts every dialog scope in state %s and leaves the others alone', (scenario, state) => {
    const rt = createRuntime({ scenario })
    for (const scope of DIALOG_SCOPES) expect(rt.auth.get(scope), scope).toBe(state)
    expect(rt.auth.get('scope.userLocationBackground')).toBe('undetermined')
    for (const scope of WITHDRAWN_SCOPES) expect(rt.auth.authSetting()[scope], scope).toBe(true)
  })

  test("the default scenario is 'first-time': nothing asked", () => {
    const rt = createRuntime()
    for (const scope of DIALOG_SCOPES) expect(rt.auth.get(scope)).toBe('undetermined')
    expect(rt.trace[0]).toMatchObject({ type: 'note', history: true })
    expect(rt.timeline().split('\n')[0]).toContain('scenario first-time')
  })

  test('first-time: the trace opens with the scenario and has no history steps', () => {
    const rt = createRuntime({ scenario: 'first-time', scopes: ['scope.camera'] })
    expect(historyLines(rt)).toEqual(['note    scenario first-time: never asked: the first use shows the permission dialog (history)'])
  })

  test('granted: the history shows the dialog the user allowed', () => {
    const rt = createRuntime({ scenario: 'granted', scopes: ['scope.camera'] })
    expect(historyLines(rt)).toEqual([
      'note    scenario granted: asked once and allowed (history)',
      'prompt  authorize scope.camera (history)',
      'answer  authorize scope.camera → "allow" (scenario) (history)',
      'auth    scope.camera undetermined → granted (dialog) (history)',
    ])
  })

  test('denied-once: the history shows the dialog the user refused', () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
    expect(historyLines(rt)).toEqual([
      'note    scenario denied-once: asked once and refused: later calls fail at once, with no dialog (history)',
      'prompt  authorize scope.userLocation (history)',
      'answer  authorize scope.userLocation → "deny" (scenario) (history)',
      'auth    scope.userLocation undetermined → denied (dialog) (history)',
    ])
  })

  test('revoked-in-settings: allowed in the dialog, later switched off in the settings page', () => {
    const rt = createRuntime({ scenario: 'revoked-in-settings', scopes: ['scope.record'] })
    expect(historyLines(rt)).toEqual([
      'note    scenario revoked-in-settings: allowed once, later switched off in the settings page (history)',
      'prompt  authorize scope.record (history)',
      'answer  authorize scope.record → "allow" (scenario) (history)',
      'auth    scope.record undetermined → granted (dialog) (history)',
      'auth    scope.record granted → denied (settings) (history)',
    ])
  })

  test('the history comes first: events of the test follow it, and rt.prompts holds only prompts shown in the test', async () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.userLocation'] })
    await rt.wx.getLocation({}).catch(() => undefined)
    const firstLive = rt.trace.findIndex((e) => !('history' in e && e.history))
    expect(rt.trace.slice(firstLive).every((e) => !('history' in e && e.history))).toBe(true)
    expect(rt.trace[firstLive]).toMatchObject({ type: 'call', api: 'getLocation' })
    expect(rt.prompts).toEqual([])
  })

  test('denied-once and revoked-in-settings behave the same for the app: auth deny at once, no dialog', async () => {
    for (const scenario of ['denied-once', 'revoked-in-settings'] as const) {
      const rt = createRuntime({ scenario })
      await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
      expect(rt.prompts).toEqual([])
    }
  })
})

describe('presets compose with `scopes`', () => {
  test('only the scopes listed take the preset; the others stay never asked', () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.camera', 'scope.record'] })
    expect(rt.auth.get('scope.camera')).toBe('denied')
    expect(rt.auth.get('scope.record')).toBe('denied')
    expect(rt.auth.get('scope.userLocation')).toBe('undetermined')
    expect(Object.keys(rt.auth.authSetting()).filter((s) => !WITHDRAWN_SCOPES.includes(s as never))).toEqual(['scope.camera', 'scope.record'])
  })

  test('a settings-only scope gets its state from the settings page, not from a dialog', () => {
    const rt = createRuntime({ scenario: 'granted', scopes: ['scope.userLocation', 'scope.userLocationBackground'] })
    expect(rt.auth.get('scope.userLocationBackground')).toBe('granted')
    expect(historyLines(rt)).toContain('auth    scope.userLocationBackground undetermined → granted (settings) (history)')
    expect(historyLines(rt).join('\n')).not.toContain('prompt  authorize scope.userLocationBackground')
  })

  test('withdrawn scopes in `scopes` are skipped: they are always true', () => {
    const rt = createRuntime({ scenario: 'denied-once', scopes: ['scope.address'] })
    expect(rt.auth.authSetting()['scope.address']).toBe(true)
    expect(historyLines(rt)).toHaveLength(1)
  })

  test('scopes: [] applies the preset to nothing', () => {
    const rt = createRuntime({ scenario: 'granted', scopes: [] })
    for (const scope of DIALOG_SCOPES) expect(rt.auth.get(scope)).toBe('undetermined')
  })
})

describe('presets compose with `user`', () => {
  test('denied-once + a user who confirms the modal and switches location on: the recovery flow succeeds', async () => {
    const rt = createRuntime({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    const res = await new Promise<{ errMsg: string }>((resolve) =>
      rt.wx.showModal({ title: 't', success: () => rt.wx.openSetting({ complete: resolve }) }),
    )
    expect(res.errMsg).toBe('openSetting:ok')
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('first-time + standing authorize answers: the preset decides when a dialog shows, the user what it answers', async () => {
    const rt = createRuntime({ scenario: 'first-time', scopes: ['scope.camera'], user: { authorize: { 'scope.camera': 'deny' } } })
    await expect(rt.wx.authorize({ scope: 'scope.camera' })).rejects.toMatchObject({ errMsg: 'authorize:fail auth deny' })
    expect(rt.prompts).toHaveLength(1)
  })
})

describe('scenario objects', () => {
  test('auth sets the states; history (optional) is replayed into the trace', () => {
    const scenario: Scenario = {
      name: 'camera-refused-then-allowed',
      description: 'refused the camera, later allowed it in the settings page',
      auth: { 'scope.camera': 'granted', 'scope.userLocation': 'denied' },
      history: [
        { kind: 'authorize', scope: 'scope.camera', answer: 'deny' },
        { kind: 'settings', scope: 'scope.camera', value: true },
      ],
    }
    const rt = createRuntime({ scenario })
    expect(rt.auth.get('scope.camera')).toBe('granted')
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
    expect(historyLines(rt)).toEqual([
      'note    scenario camera-refused-then-allowed: refused the camera, later allowed it in the settings page (history)',
      'prompt  authorize scope.camera (history)',
      'answer  authorize scope.camera → "deny" (scenario) (history)',
      'auth    scope.camera undetermined → denied (dialog) (history)',
      'auth    scope.camera denied → granted (settings) (history)',
      'auth    scope.userLocation undetermined → denied (scenario) (history)',
    ])
  })

  test('auth wins over history where they disagree', () => {
    const rt = createRuntime({ scenario: { auth: { 'scope.camera': 'undetermined' }, history: [{ kind: 'authorize', scope: 'scope.camera', answer: 'allow' }] } })
    expect(rt.auth.get('scope.camera')).toBe('undetermined')
  })

  test('`scopes` with a scenario object is a misuse (the object names its scopes itself): a clear error', () => {
    expect(() => createRuntime({ scenario: { auth: { 'scope.record': 'denied' } }, scopes: ['scope.camera'] })).toThrow(
      /scopes applies to a preset[\s\S]*auth/,
    )
  })

  test('a JSON round trip gives the same runtime: same states, same timeline', () => {
    const scenario: Scenario = {
      name: 'mixed',
      auth: { 'scope.userLocation': 'denied', 'scope.record': 'granted' },
      history: [
        { kind: 'authorize', scope: 'scope.userLocation', answer: 'allow' },
        { kind: 'settings', scope: 'scope.userLocation', value: false },
        { kind: 'authorize', scope: 'scope.record', answer: 'allow' },
      ],
    }
    const copy = JSON.parse(JSON.stringify(scenario)) as unknown
    expect(validateScenario(copy)).toEqual(scenario)
    const a = createRuntime({ scenario })
    const b = createRuntime({ scenario: copy as Scenario })
    expect(b.auth.authSetting()).toEqual(a.auth.authSetting())
    expect(b.timeline()).toBe(a.timeline())
  })
})

describe('validation errors say exactly what is wrong (FakeWxError)', () => {
  const load = (scenario: unknown, scopes?: unknown) => () => createRuntime({ scenario: scenario as never, scopes: scopes as never })

  test('an unknown preset names the presets', () => {
    expect(load('denied')).toThrow(FakeWxError)
    expect(load('denied')).toThrow(/there is no preset "denied"[\s\S]*first-time, granted, denied-once, revoked-in-settings/)
  })

  test('an unknown scope in `scopes`, or `scopes` that is not an array', () => {
    expect(load('granted', ['scope.gps'])).toThrow(/unknown scope "scope\.gps" in scopes[\s\S]*Known scopes: .*scope\.userLocation/)
    expect(load('granted', 'scope.camera')).toThrow(/scopes must be an array/)
  })

  test('an unknown scope in auth', () => {
    expect(load({ auth: { 'scope.gps': 'granted' } })).toThrow(/unknown scope "scope\.gps" in auth/)
  })

  test('a bad state', () => {
    expect(load({ auth: { 'scope.camera': 'allowed' } })).toThrow(/auth\['scope\.camera'\] is "allowed"[\s\S]*'granted', 'denied' or 'undetermined'/)
    expect(load({ auth: { 'scope.camera': true } })).toThrow(/auth\['scope\.camera'\] is true/)
  })

  test('a withdrawn scope cannot be denied', () => {
    expect(load({ auth: { 'scope.userInfo': 'denied' } })).toThrow(/scope\.userInfo cannot be denied: its authorization was withdrawn/)
  })

  test('a missing auth, an unknown key, a bad history step', () => {
    expect(load({})).toThrow(/auth must be an object of scope → state/)
    expect(load({ auth: {}, scopes: [] })).toThrow(/unknown key "scopes"/)
    expect(load({ auth: {}, history: {} })).toThrow(/history must be an array/)
    expect(load({ auth: {}, history: [{ kind: 'authorize', scope: 'scope.camera', answer: 'yes' }] })).toThrow(/history\[0\]\.answer must be 'allow' or 'deny'/)
    expect(load({ auth: {}, history: [{ kind: 'settings', scope: 'scope.camera', value: 'on' }] })).toThrow(/history\[0\]\.value must be true or false/)
    expect(load({ auth: {}, history: [{ kind: 'dialog', scope: 'scope.camera' }] })).toThrow(/history\[0\]\.kind must be 'authorize' or 'settings'/)
    expect(load({ auth: {}, history: [{ kind: 'authorize', scope: 'scope.cam', answer: 'allow' }] })).toThrow(/history\[0\]\.scope "scope\.cam" is not a scope/)
  })

  test('a scenario that is neither a preset name nor an object', () => {
    expect(load(42)).toThrow(/a scenario is a preset name or an object with auth/)
  })
})
