/**
 * The five paths of the seed's flowchart, for one guarded API or component (authorization.md §2):
 * first use + allow → works, granted; first use + deny → the API's own denial channel, denied;
 * `denied-once` and `revoked-in-settings` → the same denial at once, no dialog; `granted` → works, no dialog.
 */
import { describe, expect, test } from 'vitest'
import { createRuntime, type Runtime, type RuntimeOptions, type Scope } from '../../src/index.ts'

export interface ScopeFlow<T> {
  /** The scopes it needs, in the order it asks for them. */
  readonly scopes: readonly Scope[]
  /** Uses the API or component as an app would and resolves with what the app saw. */
  use(rt: Runtime): Promise<T>
  /** Asserts what the app sees when it worked. */
  works(seen: T, rt: Runtime): void
  /** Asserts the API's own denial (fail callback, onError, binderror, status …). */
  refused(seen: T, rt: Runtime): void
  readonly options?: RuntimeOptions
}

/** Lets queued deliveries, dialogs and events run (a few dozen microtask turns). */
export async function flush(rt: Runtime): Promise<void> {
  for (let i = 0; i < 5; i++) await rt.settle()
}

export function describeScopeFlow<T>(name: string, flow: ScopeFlow<T>): void {
  const scopes = [...flow.scopes]
  describe(`${name}: the authorization flowchart`, () => {
    test('first use, the user allows: it works, one dialog per scope, and the scopes are granted', async () => {
      const rt = createRuntime({ ...flow.options, user: { authorize: 'allow' } })
      flow.works(await flow.use(rt), rt)
      expect(rt.prompts.map((p) => [p.kind, p.scope])).toEqual(scopes.map((s) => ['authorize', s]))
      for (const scope of scopes) expect(rt.auth.get(scope)).toBe('granted')
    })

    test('first use, the user refuses: its own denial, and the scope is denied', async () => {
      const rt = createRuntime({ ...flow.options, user: { authorize: 'deny' } })
      flow.refused(await flow.use(rt), rt)
      expect(rt.prompts[0]).toMatchObject({ kind: 'authorize', scope: scopes[0], answer: 'deny' })
      expect(rt.auth.get(scopes[0]!)).toBe('denied')
    })

    test.each(['denied-once', 'revoked-in-settings'] as const)('%s: the same denial at once, with no dialog', async (scenario) => {
      const rt = createRuntime({ ...flow.options, scenario, scopes })
      flow.refused(await flow.use(rt), rt)
      expect(rt.prompts).toEqual([])
      for (const scope of scopes) expect(rt.auth.get(scope)).toBe('denied')
    })

    test('granted before: it works with no dialog', async () => {
      const rt = createRuntime({ ...flow.options, scenario: 'granted', scopes })
      flow.works(await flow.use(rt), rt)
      expect(rt.prompts).toEqual([])
    })
  })
}
