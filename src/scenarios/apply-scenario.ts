import type { RuntimeCore } from '../runtime/core.ts'
import type { Scope } from '../runtime/auth/scope-table.ts'
import type { Scenario } from './scenario.ts'

/**
 * Puts a runtime into a scenario's state. The history is replayed into the trace (marked as history),
 * so `rt.timeline()` opens with how the user got here; then `auth` is made exact.
 */
export function applyScenario(core: RuntimeCore, scenario: Scenario): void {
  const history = scenario.history ?? []
  if (history.length > 0 || scenario.name) {
    core.trace.record({
      type: 'note',
      text: `scenario ${scenario.name ?? '(custom)'}${scenario.description ? `: ${scenario.description}` : ''}`,
      history: true,
    })
  }
  let id = 0
  for (const step of history) {
    if (step.kind === 'authorize') {
      id--
      core.trace.record({ type: 'prompt', id, kind: 'authorize', scope: step.scope, history: true })
      core.trace.record({ type: 'answer', id, kind: 'authorize', scope: step.scope, answer: step.answer, by: 'scenario', history: true })
      core.auth.set(step.scope, step.answer === 'allow' ? 'granted' : 'denied', 'dialog', true)
    } else {
      core.auth.set(step.scope, step.value ? 'granted' : 'denied', 'settings', true)
    }
  }
  for (const [scope, state] of Object.entries(scenario.auth)) {
    if (state) core.auth.set(scope as Scope, state, 'scenario', true)
  }
}
