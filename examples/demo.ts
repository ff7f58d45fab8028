/**
 * `npm run demo`: a mini program's location util (examples/locate-me, plain `wx` code as apps write it)
 * run under every preset with a few scripted users, on a phone and in DevTools. Prints a table of
 * outcomes, then the timeline of one run; then the same flow in a whole mini program (examples/app).
 */
import { createRequire } from 'node:module'
import { createRuntime, PRESET_NAMES, type PresetName, type Platform, type UserAnswers, type Runtime } from '../src/index.ts'

const require = createRequire(import.meta.url)
type Result = { outcome: string; errMsg?: string }
const { locateMe } = require('./locate-me/locate.js') as { locateMe: (done: (r: Result) => void) => void }
const { locateMeAsync } = require('./locate-me/locate-async.js') as { locateMeAsync: () => Promise<Result> }

const USERS: Record<string, UserAnswers> = {
  'allows': { authorize: 'allow', modal: 'confirm', settings: { 'scope.userLocation': true } },
  'refuses, then turns it on': { authorize: 'deny', modal: 'confirm', settings: { 'scope.userLocation': true } },
  'refuses, leaves it off': { authorize: 'deny', modal: 'confirm', settings: {} },
  'refuses, cancels modal': { authorize: 'deny', modal: 'cancel' },
}

const VARIANTS = {
  callbacks: (rt: Runtime) => rt.tap(() => new Promise<Result>((resolve) => locateMe(resolve))),
  'async/await': (rt: Runtime) => rt.tap(() => locateMeAsync()),
}

async function run(preset: PresetName, user: UserAnswers, variant: keyof typeof VARIANTS, platform: Platform) {
  const rt = createRuntime({ scenario: preset, scopes: ['scope.userLocation'], user, platform })
  rt.install()
  try {
    const result = await VARIANTS[variant](rt)
    return { rt, result }
  } finally {
    rt.uninstall()
  }
}

const rows: string[][] = [['preset', 'user', 'code', 'on a phone (iOS)', 'in DevTools', 'dialogs (phone)', 'scope after (phone)']]
let showcase: Runtime | undefined
const describe = (r: Result) => (r.errMsg ? `${r.outcome}: ${r.errMsg}` : r.outcome)
for (const preset of PRESET_NAMES) {
  for (const [who, user] of Object.entries(USERS)) {
    for (const variant of Object.keys(VARIANTS) as (keyof typeof VARIANTS)[]) {
      const phone = await run(preset, user, variant, 'ios')
      const devtools = await run(preset, user, variant, 'devtools')
      const prompts = phone.rt.prompts.map((p) => p.kind).join('+') || '—'
      rows.push([preset, who, variant, describe(phone.result), describe(devtools.result), prompts, phone.rt.auth.get('scope.userLocation')])
      if (preset === 'denied-once' && who === 'refuses, then turns it on' && variant === 'async/await') showcase = phone.rt
    }
  }
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')
console.log(line(rows[0]!))
console.log(widths.map((w) => '-'.repeat(w)).join('  '))
for (const r of rows.slice(1)) console.log(line(r))
console.log('\nTimeline of one run — preset denied-once, the user would turn location on, async/await code, on iOS:')
console.log('(the await before wx.openSetting lost the tap gesture, so the user never reached the settings page)\n')
console.log(showcase?.timeline())

// The same flow in a whole mini program (examples/app: app.js, app.json, pages/*), driven through taps.
const { runStoreFlow } = await import('./app/run.mts')
console.log('\nexamples/app — home tab → "附近门店" → tap "找最近的门店", under every preset (a cooperative user, on iOS):\n')
const appRows: string[][] = [['preset', 'store page status', 'prompts', 'scope.userLocation after']]
for (const preset of PRESET_NAMES) {
  const outcome = await runStoreFlow(preset)
  appRows.push([preset, outcome.nearest ? `${outcome.status} (${outcome.nearest})` : outcome.status, outcome.prompts.join('+') || '—', outcome.scope])
}
const appWidths = appRows[0]!.map((_, i) => Math.max(...appRows.map((r) => r[i]!.length)))
for (const r of appRows) console.log(r.map((c, i) => c.padEnd(appWidths[i]!)).join('  '))
