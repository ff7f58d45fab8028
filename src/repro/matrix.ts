import type { Platform } from '../runtime/device/platforms.ts'
import { PLATFORMS } from '../runtime/device/platforms.ts'
import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime/create-runtime.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import { json } from '../runtime/trace/format.ts'
import type { UserAnswers } from '../runtime/user/simulated-user.ts'
import { LAYER_PRESET_NAMES, type LayerPresetName, type ScenarioPart } from '../scenarios/layer-presets.ts'
import { PRESET_NAMES, type PresetName } from '../scenarios/presets.ts'
import { answerText } from './answer-text.ts'
import { MATRIX_USERS } from './matrix-users.ts'

export interface MatrixOptions {
  /** The flow; what it returns is the cell's outcome ('done' when nothing). */
  readonly run: (rt: Runtime) => unknown
  /** createRuntime options every cell starts from (`scenario`, `platform` and `user` come from the dimensions). */
  readonly runtime?: RuntimeOptions
  /** User histories (default: every preset). */
  readonly presets?: readonly PresetName[]
  /** Layer states, each none ([]) or some layer presets (default: [[]]). */
  readonly layers?: readonly (readonly LayerPresetName[])[]
  /** Default: ['ios', 'android']. */
  readonly platforms?: readonly Platform[]
  /** Scripted users by name (default: MATRIX_USERS, `allows` and `refuses`). */
  readonly users?: Readonly<Record<string, UserAnswers>>
  /** Called after each cell (the CLI's progress). */
  readonly onCell?: (cell: MatrixCell, index: number, total: number) => void
}

export interface MatrixCell {
  readonly preset: PresetName
  readonly layers: readonly LayerPresetName[]
  readonly platform: Platform
  readonly user: string
  /** What the flow returned (a string as is, other values as JSON), 'done' for nothing, 'threw' when it threw (`error` says what). */
  readonly outcome: string
  /** The prompts the user saw, with their answers: 'authorize:deny', 'modal:confirm', 'settings:+userLocation'. */
  readonly prompts: readonly string[]
  readonly error?: string
}

export interface MatrixResult {
  readonly presets: readonly PresetName[]
  readonly layers: readonly (readonly LayerPresetName[])[]
  readonly platforms: readonly Platform[]
  readonly users: readonly string[]
  /** Every cell: presets × layers × platforms × users, in that order (the last varies fastest). */
  readonly cells: readonly MatrixCell[]
}

/**
 * One flow under every preset × layers × platform × user, in one process, a fresh runtime per cell.
 * Sequential and without per-cell extras (no timeline, no settle beyond the flow's own): a pure flow's
 * cell costs one createRuntime and the flow.
 */
export async function matrix(options: MatrixOptions): Promise<MatrixResult> {
  const { run, runtime = {} } = options
  if (typeof run !== 'function') throw new FakeWxError('matrix needs a flow: matrix({ run: async (rt) => { … } }).')
  const presets = check('presets', options.presets ?? PRESET_NAMES, PRESET_NAMES)
  const layers = (options.layers ?? [[]]).map((list) => check('layers', list, LAYER_PRESET_NAMES))
  const platforms = check('platforms', options.platforms ?? ['ios', 'android'], PLATFORMS)
  const users = options.users ?? MATRIX_USERS
  const userNames = Object.keys(users)
  if (userNames.length === 0) throw new FakeWxError('matrix: users is empty.', 'Give at least one scripted user: { users: { allows: { authorize: "allow" } } }.')
  const installs = runtime.app !== undefined
  const total = presets.length * layers.length * platforms.length * userNames.length
  const cells: MatrixCell[] = []
  for (const preset of presets) {
    for (const layer of layers) {
      const scenario: ScenarioPart[] = [preset, ...layer]
      for (const platform of platforms) {
        for (const user of userNames) {
          const rt = createRuntime({ ...runtime, scenario, platform, user: users[user]! })
          if (installs) rt.install()
          let outcome: string
          let error: string | undefined
          try {
            outcome = outcomeOf(await run(rt))
          } catch (e) {
            outcome = 'threw'
            error = e instanceof Error ? e.message : String(e)
          } finally {
            if (installs) rt.uninstall()
          }
          const cell: MatrixCell = { preset, layers: layer, platform, user, outcome, prompts: rt.prompts.map((p) => `${p.kind}:${answerText(p.answer)}`), ...(error ? { error } : {}) }
          cells.push(cell)
          options.onCell?.(cell, cells.length - 1, total)
        }
      }
    }
  }
  return { presets, layers, platforms, users: userNames, cells }
}

function check<T extends string>(what: string, given: readonly T[], known: readonly string[]): readonly T[] {
  if (!Array.isArray(given)) throw new FakeWxError(`matrix: ${what} must be a list, got ${json(given)}.`)
  const bad = given.find((g) => !known.includes(g))
  if (bad !== undefined) throw new FakeWxError(`matrix: unknown ${what.replace(/s$/, '')} ${json(bad)}.`, `Known: ${known.join(', ')}.`)
  return given
}

function outcomeOf(value: unknown): string {
  return value === undefined ? 'done' : typeof value === 'string' ? value : json(value)
}
