import type { RuntimeCore } from '../core.ts'
import { stubDefinition, surfaceNamesAt } from '../surface/stub-apis.ts'
import { unsimulatedCall } from '../surface/unsimulated.ts'
import { apiAvailable } from '../versions/api-versions.ts'
import type { ApiDefinition } from './define-api.ts'
import { invokeAsync, invokeSync } from './invoke.ts'
import { hasOverride } from './overrides.ts'
import { runSpy, type SpyKind, type SpyRun } from './spy.ts'

/**
 * Turns API definitions into the `wx` object. Apps treat `wx` as a plain object of own, enumerable
 * functions that work unbound: they spread it, wrap every method, reassign methods (research.md §6).
 *
 * A spy costs a few µs to build and a test touches a handful of the ~100 APIs, so `wx` is a Proxy over
 * a plain object that builds each method (a spy) the first time it is read, then keeps it as an
 * ordinary own data property. To app code and to `vi.spyOn` it looks like a plain object: keys,
 * descriptors, spread, assignment and delete all behave as on one.
 *
 * Every member of the official typings is there (when the base library has it): the modelled definitions win,
 * the others are built from the generated surface table (surface/stub-apis.ts) through the same facade, with the
 * unsimulated policy (surface/unsimulated.ts) in front of each call.
 */
interface Members {
  /** Modelled definitions that exist on this base library. */
  readonly defs: ReadonlyMap<string, ApiDefinition>
  /** Members of the typings on this base library that are not modelled (built from the surface table). */
  readonly stubs: ReadonlySet<string>
  /** Every live name, modelled first. */
  readonly names: readonly string[]
}

interface WxOwner {
  readonly core: RuntimeCore
  readonly members: Members
  readonly target: Record<string, unknown>
  /** APIs the app deleted from wx: they stay gone. */
  deleted?: Set<string>
  /** The public runtime this wx belongs to (runtimeOfWx), set by createRuntime. */
  runtime?: object
}

/**
 * Each wx's Proxy handler is its owner: the traps read `this` (the handler), which inherits the traps from
 * TRAPS. No module-level WeakMap from wx to its state: those entries pointed back at their own keys (wx →
 * owner → core → wx) and kept every runtime into the old generation (issue 14).
 */
const OWNER = Symbol('fake-wx:wx-owner')

/** Per definition list and base library: the members that exist there (shared by runtimes, never copied per runtime). */
const membersCache = new Map<readonly ApiDefinition[], Map<string, Members>>()

/** An API newer than the runtime's base library is not on `wx` at all, as on the client (versions/api-since.ts). */
function membersFor(definitions: readonly ApiDefinition[], SDKVersion: string): Members {
  let bySdk = membersCache.get(definitions)
  if (!bySdk) membersCache.set(definitions, (bySdk = new Map()))
  let members = bySdk.get(SDKVersion)
  if (!members) {
    const defs = new Map(definitions.filter((d) => apiAvailable(d.name, SDKVersion)).map((d) => [d.name as string, d]))
    const stubs = new Set(surfaceNamesAt(SDKVersion).filter((n) => !defs.has(n)))
    members = { defs, stubs, names: [...defs.keys(), ...stubs] }
    bySdk.set(SDKVersion, members)
  }
  return members
}

/** Builds `name` on the target if it is an API not built yet (and not deleted or replaced by the app). */
function materialize(owner: WxOwner, target: Record<string, unknown>, name: string | symbol): void {
  if (typeof name !== 'string' || Object.hasOwn(target, name)) return
  if (owner.deleted?.has(name)) return
  const stub = !owner.members.defs.has(name)
  const def = stub ? (owner.members.stubs.has(name) ? stubDefinition(name) : undefined) : owner.members.defs.get(name)
  if (!def) return
  const { core } = owner
  if (def.kind === 'property') {
    target[name] = def.create(core)
    return
  }
  let kind = spyKinds.get(def)
  if (!kind) spyKinds.set(def, (kind = { name: def.name, run: stub ? (def.kind === 'async' ? STUB_ASYNC : STUB_SYNC) : def.kind === 'async' ? ASYNC : SYNC, target: def }))
  target[name] = runSpy(kind, core, core.trace)
}

/** One SpyKind per definition (a modelled one or a stub's, each made once), shared by its spies in every runtime. */
const spyKinds = new WeakMap<ApiDefinition, SpyKind>()

/**
 * What a wx method's spy runs: one function per kind of API, shared by every spy (given the definition and the core),
 * not a closure per spy over them (issue 14: 120 B per spy, with its context). Not modelled: the policy speaks first
 * (a FakeWxError at the call site under 'error'), unless the test scripted it.
 */
const ASYNC: SpyRun = (def: ApiDefinition & { kind: 'async' }, core: RuntimeCore, args) => invokeAsync(core, def, args[0])
const SYNC: SpyRun = (def: ApiDefinition & { kind: 'sync' }, core: RuntimeCore, args) => invokeSync(core, def, args)
const STUB_ASYNC: SpyRun = (def: ApiDefinition & { kind: 'async' }, core: RuntimeCore, args) => (policy(core, def.name), invokeAsync(core, def, args[0]))
const STUB_SYNC: SpyRun = (def: ApiDefinition & { kind: 'sync' }, core: RuntimeCore, args) => (policy(core, def.name), invokeSync(core, def, args))
const policy = (core: RuntimeCore, name: string): unknown => hasOverride(core, name) || unsimulatedCall(core, name)

type Owner = WxOwner & ProxyHandler<Record<string, unknown>>

const TRAPS: ProxyHandler<Record<string, unknown>> = {
  get(this: Owner, target, name, receiver) {
    if (name === OWNER) return this
    materialize(this, target, name)
    return Reflect.get(target, name, receiver)
  },
  has(this: Owner, target, name) {
    return Reflect.has(target, name) || (typeof name === 'string' && isLiveApi(this, name))
  },
  getOwnPropertyDescriptor(this: Owner, target, name) {
    materialize(this, target, name)
    return Reflect.getOwnPropertyDescriptor(target, name)
  },
  ownKeys(this: Owner, target) {
    const keys = new Set<string | symbol>(Reflect.ownKeys(target))
    for (const name of this.members.names) if (!this.deleted?.has(name)) keys.add(name)
    return [...keys]
  },
  deleteProperty(this: Owner, target, name) {
    if (typeof name === 'string' && isMember(this, name)) (this.deleted ??= new Set()).add(name)
    return Reflect.deleteProperty(target, name)
  },
}

const isMember = (owner: WxOwner, name: string): boolean => owner.members.defs.has(name) || owner.members.stubs.has(name)

function isLiveApi(owner: WxOwner, name: string): boolean {
  return isMember(owner, name) && !owner.deleted?.has(name)
}

export function createWx(core: RuntimeCore, definitions: readonly ApiDefinition[]): Record<string, unknown> {
  const target: Record<string, unknown> = {}
  const owner: Owner = Object.create(TRAPS)
  Object.assign(owner, { core, members: membersFor(definitions, core.config.SDKVersion), target })
  return new Proxy(target, owner)
}

const ownerOf = (wx: unknown): WxOwner | undefined =>
  typeof wx === 'object' && wx !== null ? ((wx as Record<symbol, unknown>)[OWNER] as WxOwner | undefined) : undefined

/** The methods of `wx` built so far (reading the others would build them); properties such as `wx.env` are left out. */
export function builtMethods(wx: object): unknown[] {
  const target = ownerOf(wx)?.target
  return target ? Object.values(target).filter((v) => typeof v === 'function') : []
}

/** Ties a wx to its public runtime (createRuntime), for runtimeOfWx. */
export function setRuntimeOfWx(wx: object, runtime: object): void {
  const owner = ownerOf(wx)
  if (owner) owner.runtime = runtime
}

/** The public runtime of a fake wx, or undefined for any other value. */
export function runtimeOfWxObject(wx: unknown): object | undefined {
  return ownerOf(wx)?.runtime
}
