/**
 * What `npm run bench` runs, shared by the timed benches (recovery.bench.ts) and the memory / matrix
 * measurements (measure.ts): the recovery flow on a reused runtime, on a fresh one (what one test pays),
 * as a page (createRuntime + open + tap), and the permission matrix (presets × layers × platforms × users).
 */
import { fileURLToPath } from 'node:url'
import { createRuntime, LAYER_PRESET_NAMES, PRESET_NAMES, type Runtime, type RuntimeOptions, type UserAnswers } from '../../src/index.ts'
import { recoveryFlow, type RecoveryWx } from './baselines.ts'

/** The bench app: one page whose `locate` handler is the recovery flow (test/bench/app). */
export const BENCH_APP = fileURLToPath(new URL('./app', import.meta.url))

export const FLOW_OPTIONS: RuntimeOptions = {
  scenario: 'denied-once',
  scopes: ['scope.userLocation'],
  user: { modal: 'confirm', settings: { 'scope.userLocation': true } },
}

/** What one test of the flow pays: a runtime made for it, the flow, the runtime dropped. */
export async function freshFlow(options: RuntimeOptions = FLOW_OPTIONS): Promise<Runtime> {
  const rt = createRuntime(options)
  await recoveryFlow(rt.wx as unknown as RecoveryWx)
  return rt
}

/** What one page test pays: a runtime on the app folder, app.js and the page run, a tap on `locate`, uninstall. */
export async function pageHostRun(options: RuntimeOptions = FLOW_OPTIONS): Promise<Runtime> {
  const rt = createRuntime({ ...options, app: { root: BENCH_APP } })
  rt.install()
  try {
    const page = await rt.open('pages/locate/index')
    await page.tap('locate')
  } finally {
    rt.uninstall()
  }
  return rt
}

const PLATFORMS = ['ios', 'android', 'devtools', 'windows', 'mac'] as const
const USERS: readonly UserAnswers[] = [
  { authorize: 'allow', modal: 'confirm', settings: { 'scope.userLocation': true }, osPermission: 'allow', privacy: 'agree' },
  { authorize: 'deny', modal: 'confirm', settings: { 'scope.userLocation': true }, osPermission: 'allow', privacy: 'agree' },
  { authorize: 'deny', modal: 'cancel', settings: {}, osPermission: 'deny', privacy: 'disagree' },
  { authorize: 'deny', modal: 'confirm', settings: { 'scope.userLocation': false }, osPermission: 'allow', privacy: 'agree' },
]

/** Every cell of the matrix: presets × (no layer + each layer preset) × platforms × users. */
export const MATRIX: readonly RuntimeOptions[] = PRESET_NAMES.flatMap((preset) =>
  [undefined, ...LAYER_PRESET_NAMES].flatMap((layer) =>
    PLATFORMS.flatMap((platform) =>
      USERS.map((user): RuntimeOptions => ({
        scenario: layer ? [preset, layer] : preset,
        scopes: ['scope.userLocation'],
        platform,
        user,
      })),
    ),
  ),
)

/** `runs` runs of `run` over the matrix's cells in turn; a run whose flow fails (a refusal the app does not catch) still counts. */
export async function runMatrix(runs: number, run: (options: RuntimeOptions) => Promise<unknown>): Promise<number> {
  let failed = 0
  for (let i = 0; i < runs; i++) {
    try {
      await run(MATRIX[i % MATRIX.length]!)
    } catch {
      failed++
    }
  }
  return failed
}
