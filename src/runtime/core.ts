import type { AuthStore } from './auth/auth-store.ts'
import type { Clock } from './clock.ts'
import type { ResolvedConfig } from './config.ts'
import type { Device } from './device/device.ts'
import type { WxEvents } from './events/wx-events.ts'
import type { Trace } from './trace/trace.ts'
import type { Gesture } from './user/gestures.ts'
import type { SimulatedUser } from './user/simulated-user.ts'

/**
 * The runtime's internals, handed to every API definition. API code reads and changes the world
 * only through these; tests reach the same objects through the public `Runtime`.
 */
export interface RuntimeCore {
  readonly config: ResolvedConfig
  readonly trace: Trace
  readonly clock: Clock
  readonly auth: AuthStore
  readonly user: SimulatedUser
  readonly device: Device
  readonly gesture: Gesture
  readonly events: WxEvents
  /** One native dialog at a time: permission dialogs queue FIFO (research.md §8.11, "?"). */
  readonly dialogs: { tail: Promise<unknown> }
  /** Per-capability state (location updates, getLocation cache, …), keyed by capability. */
  readonly state: Map<string, unknown>
}

/** A capability's own per-runtime state, created on first use. */
export function stateOf<T>(core: RuntimeCore, key: string, create: () => T): T {
  let value = core.state.get(key) as T | undefined
  if (value === undefined) core.state.set(key, (value = create()))
  return value
}

/** What an API body gets: the core plus the name it was called as and whether a tap was active then. */
export interface ApiContext extends RuntimeCore {
  readonly api: string
  readonly tapped: boolean
  /** The runtime's own core (a context is a copy of its fields: facade/invoke.ts contextFor). */
  readonly root: RuntimeCore
}

/** The runtime's own core, from itself or from a call's context (for state kept by identity, e.g. the host). */
export function rootCore(core: RuntimeCore): RuntimeCore {
  return (core as Partial<ApiContext>).root ?? core
}
