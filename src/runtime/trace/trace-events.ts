import type { AuthState } from '../auth/auth-store.ts'

/**
 * Everything the runtime records, in order. One union, rendered one line per event by timeline.ts.
 * `history: true` marks events that a scenario replays to say how the user got into its state.
 */
export type TraceEvent =
  | { type: 'call'; id: number; api: string; args: unknown; history?: true }
  | { type: 'result'; id: number; api: string; ok: boolean; result: unknown }
  | { type: 'prompt'; id: number; kind: string; scope?: string; details?: unknown; history?: true }
  | { type: 'answer'; id: number; kind: string; scope?: string; answer: unknown; by: 'standing' | 'test' | 'scenario'; history?: true }
  | { type: 'auth'; scope: string; from: AuthState; to: AuthState; cause: AuthCause; history?: true }
  | { type: 'event'; name: string; payload: unknown }
  | { type: 'device'; change: string; value: unknown }
  | { type: 'note'; text: string; history?: true }
  /** App and page life: lifecycle hooks, setData, taps and other events, navigation (host/). `target` is 'app' or a route. */
  | { type: 'page'; target: string; what: string; detail?: unknown }

export type AuthCause = 'dialog' | 'settings' | 'test' | 'scenario' | 'first-use' | 'withdrawn' | 'deleted'

export type TraceEntry = TraceEvent & { readonly seq: number; readonly time: number }
