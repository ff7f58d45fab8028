import { SharedEntries, type SharedEntry, type Trace } from '../trace/trace.ts'
import type { AuthCause } from '../trace/trace-events.ts'
import { isScope, SCOPE_TABLE, type Scope } from './scope-table.ts'
import { FakeWxError } from '../errors/fake-wx-error.ts'

/** A scope's state for this user × mini program. `undetermined` = never asked (absent from authSetting). */
export type AuthState = 'granted' | 'denied' | 'undetermined'

export const AUTH_STATES: readonly AuthState[] = ['granted', 'denied', 'undetermined']

export type AuthChangeListener = (scope: Scope, to: AuthState, from: AuthState, cause: AuthCause) => void

/**
 * The per-scope authorization store: `authSetting` as the client keeps it
 * (key absent = never asked, true = granted, false = denied; research.md §1.1).
 */
export class AuthStore {
  /**
   * The asked scopes, in the order they were first stored. While there is at most one, it is kept in `#one` /
   * `#oneGranted` and the Map is not made (issue 14: a Map of one scope was 184 B of every runtime whose scenario or
   * app decided a scope; most decide one). Once made, the Map holds every scope.
   */
  #states: Map<Scope, boolean> | undefined
  #one: Scope | undefined
  #oneGranted = false
  readonly #trace: Trace
  /** Made by the first onChange (issue 14: an empty Set is ~150 B that most runtimes never use). */
  #listeners: Set<AuthChangeListener> | undefined

  constructor(trace: Trace) {
    this.#trace = trace
  }

  get(scope: Scope): AuthState {
    assertScope(scope, 'rt.auth.get')
    const value = this.#states ? this.#states.get(scope) : this.#one === scope ? this.#oneGranted : undefined
    return value === undefined ? 'undetermined' : value ? 'granted' : 'denied'
  }

  /** Sets a scope's state. `cause` says who changed it, for the trace (a test by default). */
  set(scope: Scope, state: AuthState, cause: AuthCause = 'test', history = false): void {
    assertScope(scope, 'rt.auth.set')
    if (!AUTH_STATES.includes(state)) {
      throw new FakeWxError(
        `Failed to set ${scope}: ${JSON.stringify(state)} is not a state.`,
        `Use 'granted', 'denied' or 'undetermined', e.g. rt.auth.set('${scope}', 'denied').`,
      )
    }
    const from = this.get(scope)
    if (state === 'undetermined') this.#delete(scope)
    else this.#store(scope, state === 'granted')
    if (from === state) return
    // The same entry in every runtime: made once (trace.ts SharedEntry; issue 14: 80–88 B per change per runtime).
    this.#trace.recordShared((history ? HISTORY_AUTH_ENTRIES : AUTH_ENTRIES).at(scope, from, state, cause, () => authEntry(scope, from, state, cause, history)))
    if (this.#listeners) for (const listener of this.#listeners) listener(scope, state, from, cause)
  }

  #store(scope: Scope, granted: boolean): void {
    if (this.#states) {
      this.#states.set(scope, granted)
    } else if (this.#one === undefined || this.#one === scope) {
      this.#one = scope
      this.#oneGranted = granted
    } else {
      this.#states = new Map([[this.#one, this.#oneGranted], [scope, granted]])
      this.#one = undefined
    }
  }

  #delete(scope: Scope): void {
    if (this.#states) this.#states.delete(scope)
    else if (this.#one === scope) this.#one = undefined
  }

  /** Scopes that have been asked (present in authSetting), in the order they were first stored. */
  asked(): Scope[] {
    return this.#states ? [...this.#states.keys()] : this.#one === undefined ? [] : [this.#one]
  }

  /** The raw authSetting view: only asked scopes. */
  snapshot(): Partial<Record<Scope, boolean>> {
    // forEach, not Object.fromEntries: no iterator and no [key, value] pair per scope (getSetting reads it every call).
    const view: Partial<Record<Scope, boolean>> = {}
    if (this.#states) this.#states.forEach((granted, scope) => (view[scope] = granted))
    else if (this.#one !== undefined) view[this.#one] = this.#oneGranted
    return view
  }

  /** Forgets everything, as deleting the mini program from "recently used" does (research.md §1.1). */
  clear(cause: AuthCause = 'test'): void {
    for (const scope of this.asked()) this.set(scope, 'undetermined', cause)
  }

  onChange(listener: AuthChangeListener): () => void {
    const listeners = (this.#listeners ??= new Set())
    listeners.add(listener)
    return () => listeners.delete(listener)
  }
}

/** The auth entries, by scope, from, to and cause: of the runtime's life, and of a scenario's history. */
const AUTH_ENTRIES = new SharedEntries()
const HISTORY_AUTH_ENTRIES = new SharedEntries()

/** The auth entry's literal (seq and time in it: in-object slots, the time not boxed). */
function authEntry(scope: Scope, from: AuthState, to: AuthState, cause: AuthCause, history: boolean): SharedEntry['make'] {
  return history
    ? (seq, time) => ({ type: 'auth', scope, from, to, cause, history: true, seq, time })
    : (seq, time) => ({ type: 'auth', scope, from, to, cause, seq, time })
}

function assertScope(scope: unknown, where: string): asserts scope is Scope {
  if (!isScope(scope)) {
    throw new FakeWxError(
      `${where} got an unknown scope ${JSON.stringify(scope)}.`,
      `Known scopes: ${Object.keys(SCOPE_TABLE).join(', ')}.`,
    )
  }
}
