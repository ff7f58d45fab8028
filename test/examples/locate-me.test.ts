import { createRequire } from 'node:module'
import { afterEach, describe, expect, test } from 'vitest'
import { createRuntime, PRESET_NAMES, type Runtime } from '../../src/index.ts'

// The README's example and the demo's util (examples/locate-me), run as a suite would run them.
const require = createRequire(import.meta.url)
type Result = { outcome: string; errMsg?: string }
const { locateMe } = require('../../examples/locate-me/locate.js') as { locateMe: (done: (r: Result) => void) => void }
const { locateMeAsync } = require('../../examples/locate-me/locate-async.js') as { locateMeAsync: () => Promise<Result> }

let rt: Runtime | undefined
afterEach(() => rt?.uninstall())

const start = (options: Parameters<typeof createRuntime>[0]) => {
  rt = createRuntime(options)
  rt.install()
  return rt
}

describe('examples/locate-me under every preset', () => {
  test.each(PRESET_NAMES)('%s: a user who allows or turns location on ends up located', async (preset) => {
    const rt = start({ scenario: preset, user: { authorize: 'allow', modal: 'confirm', settings: { 'scope.userLocation': true } } })
    const result = await rt.tap(() => new Promise<Result>((done) => locateMe(done)))
    expect(result.outcome).toBe('located')
    expect(rt.auth.get('scope.userLocation')).toBe('granted')
  })

  test('README example: denied-once → modal → settings, with no permission dialog (a refusal sticks)', async () => {
    const rt = start({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    const result = await rt.tap(() => new Promise<Result>((done) => locateMe(done)))
    expect(result.outcome).toBe('located')
    expect(rt.prompts.map((p) => p.kind)).toEqual(['modal', 'settings'])
  })

  test('the async/await rewrite loses the tap gesture before openSetting on a phone (spec §5 bug 1)', async () => {
    const rt = start({ scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    const result = await rt.tap(() => locateMeAsync())
    expect(result).toEqual({ outcome: 'openSetting failed', errMsg: 'openSetting:fail can only be invoked by user TAP gesture.' })
    expect(rt.auth.get('scope.userLocation')).toBe('denied')
  })

  test('…and works in DevTools, which does not check the gesture (research.md §1.5)', async () => {
    const rt = start({ platform: 'devtools', scenario: 'denied-once', user: { modal: 'confirm', settings: { 'scope.userLocation': true } } })
    expect((await rt.tap(() => locateMeAsync())).outcome).toBe('located')
  })
})
