import type { AuthState } from '../runtime/auth/auth-store.ts'
import type { Scope } from '../runtime/auth/scope-table.ts'

/**
 * A step of the user's past, replayed into the trace so a timeline shows how they got into a state:
 *  - `authorize`: a permission dialog they answered;
 *  - `settings`: a switch they set in the settings page.
 */
export type HistoryStep =
  | { readonly kind: 'authorize'; readonly scope: Scope; readonly answer: 'allow' | 'deny' }
  | { readonly kind: 'settings'; readonly scope: Scope; readonly value: boolean }

/** What wx.setStorage can keep and a scenario file can hold: JSON values. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue }

/**
 * A user's history with the mini program, as plain JSON-serialisable data. `auth` is where they ended up;
 * `history` (optional) is how; `storage` (optional) is what the app left in wx storage on earlier launches
 * (apps cache permission state there, and a stale cache is a classic bug). Build one by hand, or from a preset name.
 */
export interface Scenario {
  readonly name?: string
  readonly description?: string
  readonly auth: Partial<Record<Scope, AuthState>>
  readonly history?: readonly HistoryStep[]
  readonly storage?: { readonly [key: string]: JsonValue }
}

/** A preset: what happened to *each* scope it applies to (the `scopes` option picks which). */
export interface Preset {
  readonly name: string
  readonly description: string
  readonly state: AuthState
  readonly history: readonly ({ readonly kind: 'authorize'; readonly answer: 'allow' | 'deny' } | { readonly kind: 'settings'; readonly value: boolean })[]
}
