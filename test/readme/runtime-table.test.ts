// README.md "## The runtime": each row of the table and the paragraph under it, as written there.
import { afterEach, expect, test } from 'vitest'
import { createRuntime, UnansweredPromptError, type Runtime } from '../../src/index.ts'

let rt: Runtime | undefined
afterEach(() => {
  rt?.uninstall()
  rt = undefined
})

test('install / uninstall put rt.wx on globalThis.wx and restore what was there', () => {
  const before = { marker: true }
  ;(globalThis as { wx?: unknown }).wx = before
  const r = createRuntime()
  r.install()
  expect((globalThis as { wx?: unknown }).wx).toBe(r.wx)
  r.uninstall()
  expect((globalThis as { wx?: unknown }).wx).toBe(before)
  delete (globalThis as { wx?: unknown }).wx
})

test('scenario: a preset, an auth map, layers', () => {
  expect(createRuntime({ scenario: 'revoked-in-settings', scopes: ['scope.camera'] }).auth.get('scope.camera')).toBe('denied')
  expect(createRuntime({ scenario: { auth: { 'scope.camera': 'denied' } } }).auth.get('scope.camera')).toBe('denied')
  expect(createRuntime({ scenario: ['granted', 'os-denied'] }).auth.get('scope.userLocation')).toBe('granted')
})

test('answer step by step: onUnansweredPrompt "wait", nextPrompt, respond', async () => {
  const r = createRuntime({ onUnansweredPrompt: 'wait' })
  const call = r.wx.authorize({ scope: 'scope.camera' })
  const p = await r.user.nextPrompt(); p.respond('allow')
  await expect(call).resolves.toMatchObject({ errMsg: 'authorize:ok' })
  expect(r.auth.get('scope.camera')).toBe('granted')
})

test('a prompt nobody answered: the call rejects with an UnansweredPromptError that shows the line to add', async () => {
  const r = createRuntime()
  const call = r.wx.getLocation({})
  await expect(call).rejects.toBeInstanceOf(UnansweredPromptError)
  await expect(call).rejects.toThrow("rt.user.answer({ authorize: { 'scope.userLocation': 'allow' } })")
})

test('rt.user.changeSettings fires wx.onAppHide / onAppShow', async () => {
  rt = createRuntime({ scenario: 'granted' })
  rt.install()
  const events: string[] = []
  rt.wx.onAppHide(() => events.push('hide'))
  rt.wx.onAppShow(() => events.push('show'))
  rt.user.changeSettings({ 'scope.userLocation': false })
  await rt.settle()
  expect(events).toEqual(['hide', 'show'])
  expect(rt.auth.get('scope.userLocation')).toBe('denied')
})

test('auth.get / set / authSetting; the device; the clock; prompts, trace, timeline', async () => {
  const r = createRuntime({ platform: 'android', SDKVersion: '3.0.0', envVersion: 'release', position: { latitude: 22.54, longitude: 113.93 } })
  r.auth.set('scope.userLocation', 'granted')
  expect(r.auth.get('scope.userLocation')).toBe('granted')
  expect(r.auth.authSetting()).toMatchObject({ 'scope.userLocation': true })
  await r.device.moveTo({ latitude: 31.23, longitude: 121.47 })
  expect(await r.wx.getLocation({})).toMatchObject({ latitude: 31.23, longitude: 121.47 })
  r.clock.advance(30_000)
  r.user.answer({ modal: 'cancel' })
  await r.wx.showModal({ title: 't', content: 'c' })
  expect(r.prompts.map((p) => p.kind)).toEqual(['modal'])
  expect(r.trace.length).toBeGreaterThan(3)
  expect(r.timeline().split('\n').length).toBe(r.trace.length)
})
