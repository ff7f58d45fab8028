// Model-based test of the scope state machine (issue 11): random sequences of authorize / direct calls answered
// allow or deny, getSetting, openSetting in a tap with toggles, changeSettings from the menu and deleteMiniProgram,
// over several scopes and every preset, with and without the background location option. After every step the
// runtime must agree with the reference model (test/model/scope-model.ts): the call's outcome, whether a dialog was
// shown, rt.auth for every scope and getSetting's authSetting. Rules (scope-model.ts): research.md §1.1 tri-state
// authSetting, §1.2 / §1.3 / §8.2 sticky denial, §1.4 getSetting, §1.5 openSetting in a tap, §4.1 / §8.13 the location
// item and `requiredBackgroundModes`, §8.12 deleting the mini program.
// `npm test` runs FAKE_WX_MODEL_RUNS (default 200) sequences; `npm run check:model` runs 10,000.
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { createRuntime, PRESET_NAMES, type PresetName } from '../../src/index.ts'
import { DIALOG_SCOPES, MODEL_SCOPES, ScopeModel, type State, type Step } from './scope-model.ts'

const RUNS = Number(process.env.FAKE_WX_MODEL_RUNS ?? 200)
const SEED = process.env.FAKE_WX_MODEL_SEED === undefined ? undefined : Number(process.env.FAKE_WX_MODEL_SEED)
const PRESET_STATE: Record<PresetName, State> = { 'first-time': 'undetermined', granted: 'granted', 'denied-once': 'denied', 'revoked-in-settings': 'denied' }

const answer = fc.constantFrom('allow' as const, 'deny' as const)
// One switch per scope: the user leaves each switch in one position (a settings answer is a map).
const toggles = fc.uniqueArray(fc.tuple(fc.constantFrom(...MODEL_SCOPES), fc.boolean()), { maxLength: 4, selector: ([scope]) => scope })
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('authorize' as const), scope: fc.constantFrom(...DIALOG_SCOPES), answer }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('direct' as const), api: fc.constantFrom('getLocation' as const, 'getWeRunData' as const), answer }) },
  { weight: 2, arbitrary: fc.constant({ op: 'getSetting' as const }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('openSetting' as const), toggles }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('changeSettings' as const), toggles }) },
  { weight: 1, arbitrary: fc.constant({ op: 'deleteMiniProgram' as const }) },
)
const sequence = fc.record({
  preset: fc.constantFrom(...PRESET_NAMES),
  backgroundOffered: fc.boolean(),
  steps: fc.array(step, { minLength: 1, maxLength: 24 }),
})

interface Result {
  ok: boolean
  errMsg: string
}
const settled = (p: Promise<unknown>): Promise<Result> =>
  p.then(
    (r) => ({ ok: true, errMsg: (r as Result).errMsg }),
    (e: unknown) => {
      if (e instanceof Error) throw e // a fake-wx misuse error is a divergence, never an answer
      return { ok: false, errMsg: (e as Result).errMsg }
    },
  )

export const figures = { sequences: 0, steps: 0, divergences: 0 }

async function run({ preset, backgroundOffered, steps }: { preset: PresetName; backgroundOffered: boolean; steps: Step[] }): Promise<void> {
  const appJson = { requiredPrivateInfos: ['getLocation'], ...(backgroundOffered ? { requiredBackgroundModes: ['location'] } : {}) }
  // Deleting the mini program also forgets the privacy consent (research.md §1.1): the user agrees again when asked.
  const rt = createRuntime({ scenario: preset, appJson, user: { privacy: 'agree' } })
  const model = new ScopeModel(PRESET_STATE[preset], backgroundOffered)
  figures.sequences++
  for (const [i, s] of steps.entries()) {
    figures.steps++
    const where = `step ${i} ${JSON.stringify(s)} of ${preset}${backgroundOffered ? ' + background' : ''}`
    const dialogsBefore = rt.prompts.filter((p) => p.kind === 'authorize').length
    const expected = model.apply(s)
    let result: Result | undefined
    switch (s.op) {
      case 'authorize':
        rt.user.answer({ authorize: s.answer })
        result = await settled(rt.wx.authorize({ scope: s.scope }))
        break
      case 'direct':
        rt.user.answer({ authorize: s.answer })
        rt.clock.advance(31_000) // past getLocation's 30 s frequency window (research.md §3.1 [GETLOC-FREQ])
        result = await settled(s.api === 'getLocation' ? rt.wx.getLocation({}) : rt.wx.getWeRunData())
        break
      case 'getSetting': {
        const res = await rt.wx.getSetting()
        const seen = Object.fromEntries(MODEL_SCOPES.filter((sc) => sc in res.authSetting).map((sc) => [sc, (res.authSetting as Record<string, boolean>)[sc]]))
        expect(seen, where).toEqual(model.authSetting())
        result = { ok: true, errMsg: res.errMsg }
        break
      }
      case 'openSetting':
        rt.user.answer({ settings: Object.fromEntries(s.toggles) })
        result = await settled(rt.tap(() => rt.wx.openSetting()))
        break
      case 'changeSettings':
        rt.user.changeSettings(Object.fromEntries(s.toggles))
        break
      case 'deleteMiniProgram':
        rt.user.deleteMiniProgram()
        break
    }
    if (expected.ok !== undefined) expect(result?.ok, where + ` → ${result?.errMsg}`).toBe(expected.ok)
    if (result && !result.ok) expect(result.errMsg, where).toContain('auth deny')
    const dialogs = rt.prompts.filter((p) => p.kind === 'authorize').length - dialogsBefore
    expect(dialogs, `${where}: dialogs shown`).toBe(expected.dialog ? 1 : 0)
    for (const scope of MODEL_SCOPES) expect(rt.auth.get(scope), `${where}: ${scope}`).toBe(model.get(scope))
  }
}

test(`the runtime follows the reference model of the scope state machine (${RUNS} random sequences)`, async () => {
  const details = await fc.check(fc.asyncProperty(sequence, run), { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) })
  figures.divergences = details.failed ? 1 : 0
  if (process.env.FAKE_WX_MODEL_RUNS) console.log(`model check: ${figures.sequences} sequences (incl. shrinking), ${figures.steps} steps, ${details.numRuns} runs, ${details.failed ? 'DIVERGED' : '0 divergences'}, seed ${details.seed}`)
  expect(details.failed, `${fc.defaultReportMessage(details) ?? ''}\n${String(details.errorInstance)}`).toBe(false)
}, 600_000)
