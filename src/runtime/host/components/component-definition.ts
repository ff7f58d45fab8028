import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { flattenBehaviors } from '../behavior.ts'
import { emptyHooks, isFn, mergeComponentPart, propertySpec, type Fn, type Hook, type PropertySpec } from '../definition.ts'
import { isPlainObject } from '../set-data.ts'
import { parseObserverKey, type ObserverPath } from './observers.ts'
import { parseRelations, type Relation } from './relations.ts'

/**
 * What a component file registers with `Component({...})`, normalized
 * (https://developers.weixin.qq.com/miniprogram/dev/reference/api/Component.html): the parts a page built with
 * Component() has too (definition.ts: properties, data, methods, lifetimes, pageLifetimes, behaviors), and the
 * component-only ones: `observers`, property `observer`s, `externalClasses`, `options.multipleSlots`, built-in
 * behaviors (`wx://form-field`, `wx://component-export` with `export()`).
 */
export interface ComponentDefinition {
  /** App path without extension: 'components/auth-modal/index'. */
  readonly path: string
  readonly data: Record<string, unknown>
  readonly methods: Record<string, Fn>
  readonly properties: Record<string, PropertySpec>
  readonly hooks: Readonly<Record<Hook, readonly Fn[]>>
  /** `observers` of the behaviors (in order) and then the component's: each runs on a setData that touches its paths. */
  readonly observers: readonly { readonly paths: readonly ObserverPath[]; readonly fn: Fn }[]
  readonly externalClasses: readonly string[]
  readonly multipleSlots: boolean
  /** Built-in behaviors by name: 'wx://form-field', 'wx://component-export', 'wx://form-field-group', … */
  readonly builtins: ReadonlySet<string>
  /** `export()` (with wx://component-export): what selectComponent returns instead of the instance. */
  readonly export: Fn | undefined
  /** The Behavior() definitions mixed in, flattened (for `this.hasBehavior(behavior)`). */
  readonly behaviors: ReadonlySet<Record<string, unknown>>
  /** `relations`, keyed by the related component's app path (relations.ts). */
  readonly relations: ReadonlyMap<string, Relation>
}

/**
 * Built-in behaviors (framework/custom-component/behaviors.html "内置 behaviors", H): wx://form-field adds
 * `name` (String) and `value` (any type) and makes a <form> submit the value; wx://component-export makes
 * selectComponent return `export()`'s result (2.2.3); wx://form-field-group / -button are recognised, no more.
 */
const BUILTIN_BEHAVIORS: Readonly<Record<string, Record<string, unknown>>> = {
  'wx://form-field': { properties: { name: { type: String, value: '' }, value: { type: null, value: null } } },
  'wx://form-field-group': {},
  'wx://form-field-button': {},
  'wx://component-export': {},
}

export function defineComponent(path: string, options: unknown): ComponentDefinition {
  if (!isPlainObject(options)) throw new FakeWxError(`Component() in ${path}.js needs an object, got ${typeof options}.`)
  const parts = { data: {} as Record<string, unknown>, methods: {} as Record<string, Fn>, properties: {} as Record<string, PropertySpec>, hooks: emptyHooks() }
  const builtins = new Set<string>()
  const observers: { paths: ObserverPath[]; fn: Fn }[] = []
  for (const name of builtinNames(path, options.behaviors)) {
    builtins.add(name)
    mergeComponentPart(BUILTIN_BEHAVIORS[name]!, parts)
  }
  const behaviors = flattenBehaviors(options.behaviors)
  for (const behavior of behaviors) {
    mergeComponentPart(behavior, parts)
    collectObservers(behavior.observers, observers)
  }
  mergeComponentPart(options, parts)
  collectObservers(options.observers, observers)
  const externalClasses = Array.isArray(options.externalClasses) ? options.externalClasses.filter((c): c is string => typeof c === 'string') : []
  const opts = isPlainObject(options.options) ? options.options : {}
  return {
    path,
    ...parts,
    observers,
    externalClasses,
    multipleSlots: opts.multipleSlots === true,
    builtins,
    export: builtins.has('wx://component-export') && isFn(options.export) ? options.export : undefined,
    behaviors: new Set(behaviors),
    relations: parseRelations(path, options.relations),
  }
}

function builtinNames(path: string, behaviors: unknown): string[] {
  if (!Array.isArray(behaviors)) return []
  const names = behaviors.filter((b): b is string => typeof b === 'string')
  for (const name of names) {
    if (!(name in BUILTIN_BEHAVIORS)) {
      throw new FakeWxError(`${path}.js: behaviors lists "${name}", which is not a built-in behavior.`, `Built-in: ${Object.keys(BUILTIN_BEHAVIORS).join(', ')}.`)
    }
  }
  return names
}

function collectObservers(spec: unknown, into: { paths: ObserverPath[]; fn: Fn }[]): void {
  if (!isPlainObject(spec)) return
  for (const [key, fn] of Object.entries(spec)) if (isFn(fn)) into.push({ paths: parseObserverKey(key), fn })
}

/** Property values as exparser 2.29.1 converts what the parent passes (read from the package, H). */
export function normalizeProperty(spec: PropertySpec, value: unknown): unknown {
  if (spec.optionalTypes?.some((t) => matchesType(t, value))) return value
  const { type } = spec
  if (type === String) return value === null || value === undefined ? '' : String(value)
  // exparser: `isFinite(e) ? Number(e) : 0`, the global isFinite (null → 0, '' → 0, '20' → 20)
  if (type === Number) return isFinite(value as number) ? Number(value) : 0
  if (type === Boolean) return !!value
  if (type === Array) return Array.isArray(value) ? value : []
  if (type === Object) return typeof value === 'object' ? value : null
  return value === undefined ? null : value
}

function matchesType(type: unknown, value: unknown): boolean {
  if (type === String) return typeof value === 'string'
  if (type === Number) return typeof value === 'number'
  if (type === Boolean) return typeof value === 'boolean'
  if (type === Array) return Array.isArray(value)
  if (type === Object) return value !== null && typeof value === 'object' && !Array.isArray(value)
  return type === null
}

export type { Fn, PropertySpec }
