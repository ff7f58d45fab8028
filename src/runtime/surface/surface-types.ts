/**
 * The shapes of the generated surface table (surface.generated.ts, from miniprogram-api-typings' `interface Wx`):
 * how each member is called and the neutral value of its typed result, as plain data.
 */

/**
 * A neutral value as data: void → undefined, boolean → false, number → 0, string → '', a literal union → its first
 * literal, array → [], an object → its required fields neutral. Markers stand for what JSON cannot hold.
 */
export type Neutral =
  | null
  | undefined
  | boolean
  | number
  | string
  | readonly Neutral[]
  | { readonly $: 'fn' } // a function field: a no-op
  | { readonly $: 'buffer' } // an empty ArrayBuffer
  | { readonly $: 'typed'; readonly name: string } // an empty typed array
  | { readonly $: 'self' } // the object the method belongs to (chaining: observer.relativeToViewport())
  | { readonly $: 'inert'; readonly name: string } // an inert object of an OBJECTS interface
  | { readonly $: 'promise'; readonly value: Neutral } // a Promise of a neutral value
  | { readonly [field: string]: Neutral }

/** How a member of wx (or a method of a returned object) is called. */
export type CallForm =
  /** Options with success/fail/complete; `promise`: the typings have the Promise form; `task`: returns that object at once. */
  | { readonly form: 'async'; readonly promise: boolean; readonly success: { readonly [field: string]: Neutral }; readonly task?: string }
  /** Returns a value. */
  | { readonly form: 'sync'; readonly value?: Neutral }
  /** Returns an object of OBJECTS (createIntersectionObserver → IntersectionObserver). */
  | { readonly form: 'factory'; readonly returns: string }
  /** `onX(listener)` / `offX(listener?)`. */
  | { readonly form: 'on' }
  | { readonly form: 'off' }

/** A member of wx. */
export type SurfaceEntry = CallForm | { readonly form: 'property'; readonly value: Neutral }

/** An interface an API returns: its methods' forms and its required properties' neutral values. */
export interface ObjectEntry {
  readonly methods: { readonly [method: string]: CallForm }
  readonly props: { readonly [prop: string]: Neutral }
}

/** Fields of an API for canIUse schemas: `field`, `field@since`, `field.value`, `field.value@since`. */
export interface SchemaFields {
  readonly object?: readonly string[]
  readonly success?: readonly string[]
  readonly return?: readonly string[]
  readonly callback?: readonly string[]
}
