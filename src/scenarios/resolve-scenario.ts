import { AUTH_STATES, type AuthState } from '../runtime/auth/auth-store.ts'
import { DIALOG_SCOPES, isScope, isWithdrawn, SCOPE_TABLE, SCOPES, type AppKind, type Scope } from '../runtime/auth/scope-table.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import { PRESET_NAMES, PRESETS, type PresetName } from './presets.ts'
import type { HistoryStep, Scenario } from './scenario.ts'

function fail(what: string, fix?: string): never {
  throw new FakeWxError(`Failed to load scenario: ${what}`, fix)
}

/**
 * Turns a preset name or a scenario object into a validated Scenario for the given scopes. `appKind`: which
 * scopes are withdrawn (scope.userInfo is not in mini games, "小游戏可继续调用", so a mini game's user can deny it).
 */
export function resolveScenario(scenario: PresetName | Scenario | undefined, scopes?: readonly Scope[], appKind: AppKind = 'miniprogram'): Scenario {
  const targets = checkScopes(scopes)
  if (scenario === undefined || typeof scenario === 'string') {
    const name = scenario ?? 'first-time'
    if (!Object.hasOwn(PRESETS, name)) {
      fail(`there is no preset ${JSON.stringify(name)}.`, `Presets: ${PRESET_NAMES.join(', ')}; or pass { auth: { 'scope.camera': 'denied' } }.`)
    }
    return fromPreset(name, targets, appKind)
  }
  if (scopes !== undefined) {
    fail(`scopes applies to a preset name, not to a scenario object.`, `List the scopes in the object's auth instead, e.g. { auth: { 'scope.camera': 'denied' } }.`)
  }
  return validateScenario(scenario, appKind)
}

function fromPreset(name: PresetName, scopes: readonly Scope[], appKind: AppKind): Scenario {
  const preset = PRESETS[name]
  const auth: Partial<Record<Scope, AuthState>> = {}
  const history: HistoryStep[] = []
  for (const scope of scopes) {
    if (isWithdrawn(scope, appKind)) continue // always true; nothing to set
    auth[scope] = preset.state
    for (const step of preset.history) {
      // A settings-only scope was never asked in a dialog: its "yes" or "no" came from the settings page.
      if (step.kind === 'authorize' && SCOPE_TABLE[scope].ask === 'settings-only') {
        history.push({ kind: 'settings', scope, value: step.answer === 'allow' })
      } else history.push({ ...step, scope })
    }
  }
  return { name, description: preset.description, auth, history }
}

function checkScopes(scopes: readonly Scope[] | undefined): readonly Scope[] {
  if (scopes === undefined) return DIALOG_SCOPES
  if (!Array.isArray(scopes)) fail(`scopes must be an array of scope names, got ${JSON.stringify(scopes)}.`)
  for (const s of scopes) if (!isScope(s)) fail(`unknown scope ${JSON.stringify(s)} in scopes.`, `Known scopes: ${SCOPES.join(', ')}.`)
  return scopes
}

/** Validates a hand-written scenario (e.g. loaded from JSON) and says exactly what is wrong. */
export function validateScenario(value: unknown, appKind: AppKind = 'miniprogram'): Scenario {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`a scenario is a preset name or an object with auth, got ${JSON.stringify(value)}.`)
  }
  const s = value as Record<string, unknown>
  for (const key of Object.keys(s)) {
    if (!['name', 'description', 'auth', 'history', 'storage'].includes(key)) {
      fail(`unknown key ${JSON.stringify(key)}.`, `A scenario has name, description, auth, history and storage.`)
    }
  }
  if (typeof s.auth !== 'object' || s.auth === null || Array.isArray(s.auth)) {
    fail(`auth must be an object of scope → state, e.g. { auth: { 'scope.userLocation': 'denied' } }.`)
  }
  for (const [scope, state] of Object.entries(s.auth as object)) {
    if (!isScope(scope)) fail(`unknown scope ${JSON.stringify(scope)} in auth.`, `Known scopes: ${SCOPES.join(', ')}.`)
    if (!AUTH_STATES.includes(state as AuthState)) {
      fail(`auth['${scope}'] is ${JSON.stringify(state)}.`, `Use 'granted', 'denied' or 'undetermined'.`)
    }
    if (isWithdrawn(scope, appKind) && state === 'denied') {
      fail(`${scope} cannot be denied: its authorization was withdrawn, the client reports it as true and never refuses.`)
    }
  }
  const history = s.history ?? []
  if (!Array.isArray(history)) fail(`history must be an array of steps.`)
  ;(history as unknown[]).forEach((step, i) => checkStep(step, i))
  if (s.storage !== undefined) checkStorage(s.storage)
  return value as Scenario
}

/** Storage seeds are JSON values, so a scenario stays a JSON file. */
export function checkStorage(storage: unknown, where = 'storage'): void {
  if (typeof storage !== 'object' || storage === null || Array.isArray(storage)) {
    fail(`${where} must be an object of key → JSON value, e.g. { storage: { token: 'abc' } }.`)
  }
  for (const [key, value] of Object.entries(storage)) {
    const path = jsonProblem(value, `${where}[${JSON.stringify(key)}]`)
    if (path) fail(`${path} is not a JSON value.`, `Scenario storage holds strings, numbers, booleans, null, arrays and plain objects.`)
  }
}

/** Where in `value` something that is not JSON sits, or undefined. */
function jsonProblem(value: unknown, path: string): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = jsonProblem(value[i], `${path}[${i}]`)
      if (p) return p
    }
    return undefined
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const p = jsonProblem(v, `${path}.${k}`)
      if (p) return p
    }
    return undefined
  }
  return path
}

function checkStep(step: unknown, i: number): void {
  const where = `history[${i}]`
  if (typeof step !== 'object' || step === null) fail(`${where} must be an object.`)
  const st = step as Record<string, unknown>
  if (!isScope(st.scope)) fail(`${where}.scope ${JSON.stringify(st.scope)} is not a scope.`)
  if (st.kind === 'authorize') {
    if (st.answer !== 'allow' && st.answer !== 'deny') fail(`${where}.answer must be 'allow' or 'deny'.`)
  } else if (st.kind === 'settings') {
    if (typeof st.value !== 'boolean') fail(`${where}.value must be true or false.`)
  } else {
    fail(`${where}.kind must be 'authorize' or 'settings', got ${JSON.stringify(st.kind)}.`)
  }
}
