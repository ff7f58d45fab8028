import type { ApiContext } from '../core.ts'
import { ok } from '../errors/wx-error.ts'
import type { ApiDefinition, AsyncApi, SyncApi, WxProperty } from '../facade/define-api.ts'
import { apiAvailable } from '../versions/api-versions.ts'
import { inertObject, neutralValue } from './neutral.ts'
import { SURFACE } from './surface.generated.ts'
import type { SurfaceEntry } from './surface-types.ts'

/**
 * The definitions of the members of wx fake-wx does not model, made from the generated table (surface.generated.ts)
 * the first time any runtime reads one, then shared by every runtime (they hold no state: the core comes per call).
 * The facade runs them like any definition (callbacks or Promise, async delivery, trace, spies, overrides);
 * create-wx.ts puts the unsimulated policy (unsimulated.ts) in front of each call.
 */
const stubs = new Map<string, ApiDefinition>()

export function stubDefinition(name: string): ApiDefinition | undefined {
  let def = stubs.get(name)
  if (def) return def
  const entry = SURFACE[name]
  if (!entry) return undefined
  stubs.set(name, (def = build(name, entry)))
  return def
}

function build(name: string, entry: SurfaceEntry): ApiDefinition {
  switch (entry.form) {
    case 'property': {
      const def: WxProperty = { kind: 'property', name: name as WxProperty['name'], create: (core) => neutralValue(core, entry.value, undefined, name) as never }
      return def
    }
    case 'async': {
      const def: AsyncApi = {
        kind: 'async',
        name: name as AsyncApi['name'],
        promise: entry.promise,
        ...(entry.task ? { task: (ctx: ApiContext) => inertObject(ctx, entry.task!) } : {}),
        run: (ctx) => ok(neutralValue(ctx, entry.success) as object) as never,
      }
      return def
    }
    default: {
      const value = (ctx: ApiContext): unknown => {
        if (entry.form === 'factory') return inertObject(ctx, entry.returns)
        return entry.form === 'sync' ? neutralValue(ctx, entry.value) : undefined
      }
      const def: SyncApi = { kind: 'sync', name: name as SyncApi['name'], run: value as never }
      return def
    }
  }
}

const namesCache = new Map<string, readonly string[]>()

/** Every member of the typings that exists on this base library (modelled or not), in the table's order. */
export function surfaceNamesAt(SDKVersion: string): readonly string[] {
  let names = namesCache.get(SDKVersion)
  if (!names) namesCache.set(SDKVersion, (names = Object.keys(SURFACE).filter((n) => apiAvailable(n, SDKVersion))))
  return names
}
