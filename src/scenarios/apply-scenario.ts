import type { RuntimeCore } from '../runtime/core.ts'
import type { Scope } from '../runtime/auth/scope-table.ts'
import { storageOf } from '../runtime/apis/storage/storage-store.ts'
import { FakeWxError } from '../runtime/errors/fake-wx-error.ts'
import { SharedEntries, type SharedEntry } from '../runtime/trace/trace.ts'
import type { JsonValue, Scenario } from './scenario.ts'

/**
 * The note a scenario's history opens with, and its authorize prompts and answers: the same entries in every runtime
 * of a scenario, so each is made once (trace.ts SharedEntry, keyed by what it holds; issue 14: the note was a
 * concatenated string of 3 parts, 96 B kept by every runtime, and each entry object 64–96 B).
 */
const NOTES = new SharedEntries()
const PROMPTS = new SharedEntries()
const ANSWERS = new SharedEntries()

function scenarioNote(name: string | undefined, description: string | undefined): SharedEntry {
  return NOTES.at(name, description, undefined, undefined, () => {
    const text = `scenario ${name ?? '(custom)'}${description ? `: ${description}` : ''}`
    return (seq, time) => ({ type: 'note', text, history: true, seq, time })
  })
}

const historyPrompt = (id: number, scope: Scope): SharedEntry =>
  PROMPTS.at(scope, id, undefined, undefined, () => (seq, time) => ({ type: 'prompt', id, kind: 'authorize', scope, history: true, seq, time }))

const historyAnswer = (id: number, scope: Scope, answer: 'allow' | 'deny'): SharedEntry =>
  ANSWERS.at(scope, id, answer, undefined, () => (seq, time) => ({ type: 'answer', id, kind: 'authorize', scope, answer, by: 'scenario', history: true, seq, time }))

/**
 * Puts a runtime into a scenario's state. The history is replayed into the trace (marked as history),
 * so `rt.timeline()` opens with how the user got here; then `auth` is made exact.
 */
export function applyScenario(core: RuntimeCore, scenario: Scenario): void {
  const history = scenario.history ?? []
  if (history.length > 0 || scenario.name) {
    core.trace.recordShared(scenarioNote(scenario.name, scenario.description))
  }
  let id = 0
  for (const step of history) {
    if (step.kind === 'authorize') {
      id--
      core.trace.recordShared(historyPrompt(id, step.scope))
      core.trace.recordShared(historyAnswer(id, step.scope, step.answer))
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
