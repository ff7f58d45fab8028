import type { RuntimeCore } from '../core.ts'
import { apiAvailable } from '../versions/api-versions.ts'
import type { ApiDefinition } from './define-api.ts'
import { invokeAsync, invokeSync } from './invoke.ts'
import { wxSpy } from './spy.ts'

/**
 * Turns API definitions into the `wx` object. Apps treat `wx` as a plain object of own, enumerable
 * functions that work unbound: they spread it, wrap every method, reassign methods (research.md §6).
 *
 * A spy costs a few µs to build and a test touches a handful of the ~100 APIs, so `wx` is a Proxy over
 * a plain object that builds each method (a spy) the first time it is read, then keeps it as an
 * ordinary own data property. To app code and to `vi.spyOn` it looks like a plain object: keys,
 * descriptors, spread, assignment and delete all behave as on one.
 */
interface WxOwner {
  readonly core: RuntimeCore
  readonly defs: ReadonlyMap<string, ApiDefinition>
  /** APIs the app deleted from wx: they stay gone. */
  deleted?: Set<string>
}

const owners = new WeakMap<object, WxOwner>()
/** Per definition list and base library: the APIs that exist there, by name. */
const byNameCache = new WeakMap<readonly ApiDefinition[], Map<string, ReadonlyMap<string, ApiDefinition>>>()

/** An API newer than the runtime's base library is not on `wx` at all, as on the client (versions/api-since.ts). */
function definitionsFor(definitions: readonly ApiDefinition[], SDKVersion: string): ReadonlyMap<string, ApiDefinition> {
  let bySdk = byNameCache.get(definitions)
  if (!bySdk) byNameCache.set(definitions, (bySdk = new Map()))
  let defs = bySdk.get(SDKVersion)
  if (!defs) {
    defs = new Map(definitions.filter((d) => apiAvailable(d.name, SDKVersion)).map((d) => [d.name, d]))
    bySdk.set(SDKVersion, defs)
  }
  return defs
}

/** Builds `name` on the target if it is an API not built yet (and not deleted or replaced by the app). */
function materialize(target: Record<string, unknown>, name: string | symbol): void {
  if (typeof name !== 'string' || Object.hasOwn(target, name)) return
  const owner = owners.get(target)
  const def = owner?.defs.get(name)
  if (!owner || !def || owner.deleted?.has(name)) return
  const { core } = owner
  if (def.kind === 'property') {
    target[name] = def.create(core)
    return
  }
  target[name] =
    def.kind === 'async'
      ? wxSpy(def.name, (options?: unknown) => invokeAsync(core, def, options))
      : wxSpy(def.name, (...args: unknown[]) => invokeSync(core, def, args))
}

const handler: ProxyHandler<Record<string, unknown>> = {
  get(target, name, receiver) {
    materialize(target, name)
    return Reflect.get(target, name, receiver)
  },
  has(target, name) {
    return Reflect.has(target, name) || (typeof name === 'string' && isLiveApi(target, name))
  },
  getOwnPropertyDescriptor(target, name) {
    materialize(target, name)
    return Reflect.getOwnPropertyDescriptor(target, name)
  },
  ownKeys(target) {
    const keys = new Set<string | symbol>(Reflect.ownKeys(target))
    const owner = owners.get(target)
    if (owner) for (const name of owner.defs.keys()) if (!owner.deleted?.has(name)) keys.add(name)
    return [...keys]
  },
  deleteProperty(target, name) {
    const owner = owners.get(target)
    if (owner && typeof name === 'string' && owner.defs.has(name)) (owner.deleted ??= new Set()).add(name)
    return Reflect.deleteProperty(target, name)
  },
}

function isLiveApi(target: object, name: string): boolean {
  const owner = owners.get(target)
  return !!owner?.defs.has(name) && !owner.deleted?.has(name)
}

export function createWx(core: RuntimeCore, definitions: readonly ApiDefinition[]): Record<string, unknown> {
  const target: Record<string, unknown> = {}
  owners.set(target, { core, defs: definitionsFor(definitions, core.config.SDKVersion) })
  const wx = new Proxy(target, handler)
  targets.set(wx, target)
  return wx
}

const targets = new WeakMap<object, Record<string, unknown>>()

/** The methods of `wx` built so far (reading the others would build them); properties such as `wx.env` are left out. */
export function builtMethods(wx: object): unknown[] {
  const target = targets.get(wx)
  return target ? Object.values(target).filter((v) => typeof v === 'function') : []
}
