import type { RuntimeCore } from '../runtime/core.ts'
import type { Scope } from '../runtime/auth/scope-table.ts'
import { storageOf } from '../runtime/apis/storage/storage-store.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import { UNSET_TIME } from '../runtime/trace/trace.ts'
import type { JsonValue, Scenario } from './scenario.ts'

/**
 * The note a scenario's history opens with, made once per scenario name and description: built per runtime it was a
 * concatenated string of 3 parts, 96 B kept by every runtime (issue 14). A few hundred kept at most (custom scenarios
 * with a description of their own each add one).
 */
const NOTES = new Map<string, string>()

function scenarioNote(name: string | undefined, description: string | undefined): string {
  const key = `${name ?? ''}\0${description ?? ''}`
  let text = NOTES.get(key)
  if (text === undefined) {
    text = `scenario ${name ?? '(custom)'}${description ? `: ${description}` : ''}`
    if (NOTES.size < 256) NOTES.set(key, text)
  }
  return text
}

/**
 * Puts a runtime into a scenario's state. The history is replayed into the trace (marked as history),
 * so `rt.timeline()` opens with how the user got here; then `auth` is made exact.
 */
export function applyScenario(core: RuntimeCore, scenario: Scenario): void {
  const history = scenario.history ?? []
  if (history.length > 0 || scenario.name) {
    core.trace.record({ type: 'note', text: scenarioNote(scenario.name, scenario.description), history: true, seq: 0, time: UNSET_TIME })
  }
  let id = 0
  for (const step of history) {
    if (step.kind === 'authorize') {
      id--
      core.trace.record({ type: 'prompt', id, kind: 'authorize', scope: step.scope, history: true, seq: 0, time: UNSET_TIME })
      core.trace.record({ type: 'answer', id, kind: 'authorize', scope: step.scope, answer: step.answer, by: 'scenario', history: true, seq: 0, time: UNSET_TIME })
      core.auth.set(step.scope, step.answer === 'allow' ? 'granted' : 'denied', 'dialog', true)
    } else {
      core.auth.set(step.scope, step.value ? 'granted' : 'denied', 'settings', true)
    }
  }
  for (const [scope, state] of Object.entries(scenario.auth)) {
    if (state) core.auth.set(scope as Scope, state, 'scenario', true)
  }
  if (scenario.storage) seedStorage(core, scenario.storage)
}

/** Puts values in wx storage as the app stored them on an earlier launch, within the client's limits. */
export function seedStorage(core: RuntimeCore, seed: { readonly [key: string]: JsonValue }): void {
  const storage = storageOf(core)
  for (const [key, value] of Object.entries(seed)) {
    const result = storage.set(key, value)
    if (!result.ok) {
      throw new FakeWxError(`Failed to load scenario: storage[${JSON.stringify(key)}] cannot be stored: the client would say "setStorage:fail${result.reason.startsWith(':') ? '' : ' '}${result.reason}".`)
    }
  }
  const keys = Object.keys(seed)
  if (keys.length > 0) core.trace.record({ type: 'note', text: `storage holds ${keys.join(', ')}`, history: true })
}
