import { stateOf, type RuntimeCore } from '../core.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'
import { throwLater } from '../microtasks.ts'

/**
 * Where a test's misuse goes when app code cannot see it: a callback-style call (or RecorderManager.start) that
 * stops on a FakeWxError, such as the UnansweredPromptError of a forgotten answer, has no Promise to reject and must
 * not call `fail` (a phone never would). By default it is raised as an uncaught exception. A watcher (the test
 * runner fixture, `integrations/unanswered.ts`) takes it instead, to fail the running test at once rather than after
 * the test's timeout (issue 11, defect 8).
 */
type Watcher = (error: FakeWxError) => void

const watchersOf = (core: RuntimeCore): Set<Watcher> => stateOf(core, 'misuse.watchers', () => new Set<Watcher>())

export function surfaceError(core: RuntimeCore, error: unknown): void {
  const watchers = watchersOf(core)
  if (error instanceof FakeWxError && watchers.size > 0) {
    for (const watch of [...watchers]) watch(error)
    return
  }
  throwLater(error)
}

/** Takes the runtime's surfaced misuse errors until the returned function is called. */
export function watchMisuse(core: RuntimeCore, watcher: Watcher): () => void {
  const watchers = watchersOf(core)
  watchers.add(watcher)
  return () => void watchers.delete(watcher)
}
