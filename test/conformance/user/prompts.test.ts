// The simulated user: standing answers, step-by-step answers, the loud unanswered prompt, rt.prompts,
// the settings page opened from the menu, and one native dialog at a time.
import { describe, expect, test } from 'vitest'
import { createRuntime, FakeWxError, UnansweredPromptError, type Prompt } from '../../../src/index.ts'
import { uncaughtDuring } from '../../helpers/uncaught.ts'

describe('a prompt nobody answers fails the test loudly', () => {
  test('the pending Promise rejects with an UnansweredPromptError (an Error, never a wx fail object)', async () => {
    const rt = createRuntime()
    const error = await rt.wx.getLocation({}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnansweredPromptError)
    expect(error).toBeInstanceOf(FakeWxError)
    expect(error).toBeInstanceOf(Error)
    expect(error).not.toHaveProperty('errMsg')
  })

  test('its message names the prompt and shows how to script an answer', async () => {
    const rt = createRuntime()
    const { message } = (await rt.wx.getLocation({}).catch((e: unknown) => e)) as Error
    expect(message).toContain('permission dialog for scope.userLocation')
    expect(message).toContain('wx.getLocation()')
    expect(message).toContain(`createRuntime({ user: { authorize: { 'scope.userLocation': 'allow' } } })`)
    expect(message).toContain(`rt.user.answer({ authorize: { 'scope.userLocation': 'allow' } })`)
    expect(message).toContain(`onUnansweredPrompt: 'wait'`)
    expect(message).toContain('rt.user.nextPrompt()')
  })

  test('…for every kind of prompt: modal, settings page, location picker', async () => {
    const rt = createRuntime({ scenario: 'denied-once' })
    await expect(rt.wx.showModal({ title: 't' })).rejects.toThrow(/modal \(wx\.showModal\).*wx\.showModal\(\)[\s\S]*modal: 'confirm'/)
    await expect(rt.tap(() => rt.wx.openSetting())).rejects.toThrow(/settings page \(wx\.openSetting\)[\s\S]*settings: \{ 'scope\.userLocation': true \}/)
    await expect(rt.wx.chooseLocation({})).rejects.toThrow(/location picker \(wx\.chooseLocation\)[\s\S]*chooseLocation: \{ name:/)
  })

  test('a callback-style call surfaces it as an uncaught exception; neither fail nor complete runs', async () => {
    const rt = createRuntime()
    const delivered: string[] = []
    const errors = await uncaughtDuring(async () => {
      rt.wx.getLocation({ success: () => delivered.push('success'), fail: () => delivered.push('fail'), complete: () => delivered.push('complete') })
      await rt.settle()
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toBeInstanceOf(UnansweredPromptError)
    expect(delivered).toEqual([])
  })

  test('the unanswered prompt is still recorded, with no answer, and the scope stays never asked', async () => {
    const rt = createRuntime()
    await rt.wx.authorize({ scope: 'scope.camera' }).catch(() => undefined)
    expect(rt.prompts).toEqual([{ kind: 'authorize', scope: 'scope.camera', api: 'authorize', answer: undefined }])
    expect(rt.auth.get('scope.camera')).toBe('undetermined')
  })
})

describe("onUnansweredPrompt: 'wait' and step-by-step answers", () => {
  test('prompts queue; nextPrompt() gives kind, scope, api and details; respond() answers', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const call = rt.wx.getLocation({})
    const prompt = await rt.user.nextPrompt()
    expect(prompt).toMatchObject({ kind: 'authorize', scope: 'scope.userLocation', api: 'getLocation' })
    expect(rt.user.pending).toEqual([])
    prompt.respond('allow')
    await expect(call).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
  })

  test('the call stays pending until the prompt is answered', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    let settled = false
    const call = rt.wx.authorize({ scope: 'scope.camera' }).finally(() => (settled = true))
    await rt.settle()
    expect(settled).toBe(false)
    expect(rt.user.pending.map((p) => p.scope)).toEqual(['scope.camera'])
    rt.user.pending[0]!.respond('deny')
    expect(rt.user.pending).toEqual([]) // answered prompts leave the screen
    await expect(call).rejects.toMatchObject({ errMsg: 'authorize:fail auth deny' })
  })

  test('nextPrompt() awaited before the prompt shows gets it, even in the default error mode', async () => {
    const rt = createRuntime()
    const next = rt.user.nextPrompt()
    const call = rt.wx.authorize({ scope: 'scope.record' })
    ;(await next).respond('allow')
    await expect(call).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  test('a standing answer wins over waiting', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait', user: { authorize: 'deny' } })
    await expect(rt.wx.authorize({ scope: 'scope.record' })).rejects.toMatchObject({ errMsg: 'authorize:fail auth deny' })
    expect(rt.user.pending).toEqual([])
  })

  test('answering a prompt twice is a clear FakeWxError', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const call = rt.wx.authorize({ scope: 'scope.record' })
    const prompt = await rt.user.nextPrompt()
    prompt.respond('allow')
    expect(() => prompt.respond('deny')).toThrow(FakeWxError)
    expect(() => prompt.respond('deny')).toThrow(/already answered/)
    await call
  })
})

describe('standing answers', () => {
  test('per-scope authorize maps answer each scope; a scope missing from the map is unanswered', async () => {
    const rt = createRuntime({ user: { authorize: { 'scope.camera': 'allow', 'scope.record': 'deny' } } })
    await expect(rt.wx.authorize({ scope: 'scope.camera' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    await expect(rt.wx.authorize({ scope: 'scope.record' })).rejects.toMatchObject({ errMsg: 'authorize:fail auth deny' })
    await expect(rt.wx.authorize({ scope: 'scope.bluetooth' })).rejects.toBeInstanceOf(UnansweredPromptError)
  })

  test('a function answer gets the prompt and may decline (undefined) to leave it unanswered', async () => {
    const seen: Prompt[] = []
    const rt = createRuntime({
      onUnansweredPrompt: 'wait',
      user: {
        authorize: (p) => {
          seen.push(p as Prompt)
          return p.scope === 'scope.camera' ? 'deny' : undefined
        },
      },
    })
    await expect(rt.wx.authorize({ scope: 'scope.camera' })).rejects.toMatchObject({ errMsg: 'authorize:fail auth deny' })
    expect(seen[0]).toMatchObject({ kind: 'authorize', scope: 'scope.camera', api: 'authorize', details: { scope: 'scope.camera' } })
    const call = rt.wx.authorize({ scope: 'scope.record' })
    ;(await rt.user.nextPrompt()).respond('allow')
    await expect(call).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  test('rt.user.answer merges: it replaces one kind and keeps the others', async () => {
    const rt = createRuntime({ user: { authorize: 'deny', modal: 'confirm' } })
    rt.user.answer({ authorize: 'allow' })
    await expect(rt.wx.authorize({ scope: 'scope.camera' })).resolves.toEqual({ errMsg: 'authorize:ok' })
    await expect(rt.wx.showModal({ title: 't' })).resolves.toMatchObject({ confirm: true })
  })

  test('rt.prompts records every prompt in order with its answer', async () => {
    const rt = createRuntime({ user: { authorize: { 'scope.camera': 'deny', 'scope.userLocation': 'allow' }, modal: 'cancel' } })
    await rt.wx.authorize({ scope: 'scope.camera' }).catch(() => undefined)
    await rt.wx.showModal({ title: 't' })
    await rt.wx.getLocation({})
    expect(rt.prompts).toEqual([
      { kind: 'authorize', scope: 'scope.camera', api: 'authorize', answer: 'deny' },
      { kind: 'modal', api: 'showModal', answer: 'cancel' },
      { kind: 'authorize', scope: 'scope.userLocation', api: 'getLocation', answer: 'allow' },
    ])
  })
})

describe('bad answers are clear FakeWxErrors', () => {
  test('a standing answer of the wrong shape, at createRuntime or rt.user.answer', () => {
    expect(() => createRuntime({ user: { authorize: 'yes' as never } })).toThrow(FakeWxError)
    expect(() => createRuntime({ user: { authorize: 'yes' as never } })).toThrow(/permission dialog.*expected one of 'allow', 'deny'/)
    const rt = createRuntime()
    expect(() => rt.user.answer({ modal: 'ok' as never })).toThrow(/expected 'confirm', 'cancel'/)
    expect(() => rt.user.answer({ settings: { 'scope.camera': 'on' } as never })).toThrow(/map of scope → boolean/)
    expect(() => rt.user.answer({ authorize: { 'scope.camera': 'maybe' } as never })).toThrow(/scope\.camera.*expected one of/)
    expect(() => rt.user.answer({ chooseLocation: { name: 'x' } as never })).toThrow(/expected 'cancel' or \{ name, address, latitude, longitude \}/)
  })

  test('an unknown prompt kind, or answers that are not an object', () => {
    const rt = createRuntime()
    expect(() => rt.user.answer({ dialog: 'allow' } as never)).toThrow(/unknown prompt kind 'dialog'.*\n.*authorize, modal, settings, chooseLocation/)
    expect(() => rt.user.answer('allow' as never)).toThrow(FakeWxError)
  })

  test('an unknown scope in a per-scope authorize map (a typo would otherwise never match)', () => {
    expect(() => createRuntime({ user: { authorize: { 'scope.userlocation': 'allow' } as never } })).toThrow(
      /unknown scope "scope\.userlocation"[\s\S]*scope\.userLocation/,
    )
  })

  test('a step-by-step answer of the wrong shape throws at respond() and leaves the prompt open', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const call = rt.wx.authorize({ scope: 'scope.camera' })
    const prompt = await rt.user.nextPrompt()
    expect(() => prompt.respond('yes' as never)).toThrow(/Bad answer "yes" to the permission dialog/)
    prompt.respond('allow')
    await expect(call).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  test('a function answer that returns a bad answer rejects the call with that FakeWxError', async () => {
    const rt = createRuntime({ user: { modal: () => 'sure' as never } })
    await expect(rt.wx.showModal({ title: 't' })).rejects.toThrow(/Bad answer "sure" to the modal/)
  })

  test("onUnansweredPrompt must be 'error' or 'wait'", () => {
    expect(() => createRuntime({ onUnansweredPrompt: 'ignore' as never })).toThrow(/onUnansweredPrompt must be 'error' or 'wait'/)
  })
})

describe('rt.user.changeSettings: the user opens the settings page from the menu', () => {
  test('applies switches of asked scopes, outside the app’s control, with no wx call', () => {
    const rt = createRuntime({ scenario: 'granted', scopes: ['scope.userLocation', 'scope.camera'] })
    rt.user.changeSettings({ 'scope.userLocation': false, 'scope.camera': false })
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
    expect(rt.auth.get('scope.camera')).toBe('denied')
    expect(rt.trace.some((e) => e.type === 'call')).toBe(false)
    expect(rt.prompts).toEqual([])
    rt.user.changeSettings({ 'scope.camera': true })
    expect(rt.auth.get('scope.camera')).toBe('granted')
  })

  test('ignores scopes never asked: the page does not list them', () => {
    const rt = createRuntime()
    rt.user.changeSettings({ 'scope.record': true })
    expect(rt.auth.get('scope.record')).toBe('undetermined')
    expect(rt.timeline()).toContain('scope.record is not listed (never asked)')
  })

  test('the mini program hides and shows again around it (wx.onAppHide / wx.onAppShow)', () => {
    const rt = createRuntime({ scenario: 'granted', scopes: ['scope.camera'] })
    rt.user.changeSettings({ 'scope.camera': false })
    const tail = rt.trace.slice(-4).map((e) => (e.type === 'event' ? e.name : e.type))
    expect(tail).toEqual(['note', 'onAppHide', 'auth', 'onAppShow'])
  })

  test('a revocation is seen by the next call: no dialog, auth deny (research §5 "caches permission granted")', async () => {
    const rt = createRuntime({ scenario: 'granted' })
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    rt.user.changeSettings({ 'scope.userLocation': false })
    await expect(rt.wx.getLocation({})).rejects.toEqual({ errMsg: 'getLocation:fail auth deny', errno: 103 })
  })

  test('a name that is not a scope is a FakeWxError', () => {
    const rt = createRuntime()
    expect(() => rt.user.changeSettings({ 'scope.gps': true } as never)).toThrow(/no switch for "scope\.gps"/)
  })
})

describe('rt.user.deleteMiniProgram: the user deletes it from "recently used" (research §1.1, §8.12 M)', () => {
  test('every scope is never asked again (the dialog shows again), privacy consent and storage are gone', async () => {
    const rt = createRuntime({ scenario: 'denied-once', storage: { token: 'abc' }, user: { authorize: 'allow', privacy: 'agree' } })
    rt.user.deleteMiniProgram()
    expect(rt.auth.authSetting()).not.toHaveProperty('scope.userLocation')
    expect(rt.privacy.needAuthorization).toBe(true)
    expect(rt.storage.snapshot()).toEqual({})
    await expect(rt.wx.getLocation({})).resolves.toMatchObject({ errMsg: 'getLocation:ok' })
    // base library ≥ 3.4.2: one dialog, the privacy checkbox on it (privacy-checkbox.test.ts)
    expect(rt.prompts.map((p) => p.kind)).toEqual(['authorize'])
    expect(rt.trace.find((e) => e.type === 'prompt' && !e.history)).toMatchObject({ details: { privacy: { contractName: expect.any(String) } } })
    expect(rt.privacy.needAuthorization).toBe(false)
  })
})

describe('one native dialog at a time (research §8.11, "?": FIFO)', () => {
  test('concurrent calls for the same scope show one dialog and share its answer', async () => {
    const rt = createRuntime({ user: { authorize: 'allow' } })
    const results = await Promise.all([
      rt.wx.authorize({ scope: 'scope.userLocation' }),
      rt.wx.authorize({ scope: 'scope.userLocation' }),
      rt.wx.getLocation({}),
    ])
    expect(results.map((r) => r.errMsg)).toEqual(['authorize:ok', 'authorize:ok', 'getLocation:ok'])
    expect(rt.prompts).toHaveLength(1)
  })

  test('…a refusal too: every waiting call fails, one dialog', async () => {
    const rt = createRuntime({ user: { authorize: 'deny' } })
    const results = await Promise.allSettled([rt.wx.getLocation({}), rt.wx.authorize({ scope: 'scope.userLocation' })])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
    expect(rt.prompts).toHaveLength(1)
  })

  test('dialogs for different scopes show one after the other, in call order', async () => {
    const rt = createRuntime({ onUnansweredPrompt: 'wait' })
    const camera = rt.wx.authorize({ scope: 'scope.camera' })
    const record = rt.wx.authorize({ scope: 'scope.record' })
    await rt.settle()
    expect(rt.user.pending.map((p) => p.scope)).toEqual(['scope.camera'])
    rt.user.pending[0]!.respond('deny')
    await expect(camera).rejects.toMatchObject({ errMsg: 'authorize:fail auth deny' })
    const second = await rt.user.nextPrompt()
    expect(second.scope).toBe('scope.record')
    second.respond('allow')
    await expect(record).resolves.toEqual({ errMsg: 'authorize:ok' })
  })
})
