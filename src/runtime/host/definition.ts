import { FakeWxError } from '../errors/fake-wx-error.ts'
import { flattenBehaviors, mergeData } from './behavior.ts'
import { deepCopy, isPlainObject } from './set-data.ts'

/**
 * What a page file registers, normalized: `Page({...})` (reference/api/Page.html) or a page built with
 * `Component({...})` (reference/api/Component.html, "使用 Component 构造器构造页面": lifecycle methods go in
 * `methods`, the query reaches `properties` of the same name). Behaviors are merged in here, once.
 */
export type Fn = (this: unknown, ...args: unknown[]) => unknown

/** The hooks a page runs, grouped by the moment they run in (see page-instance.ts STAGES). */
export const HOOKS = ['created', 'attached', 'onLoad', 'onShow', 'pageShow', 'ready', 'onReady', 'onHide', 'pageHide', 'onUnload', 'detached'] as const
export type Hook = (typeof HOOKS)[number]

export interface PropertySpec {
  readonly type: unknown
  readonly value: unknown
  /** Other types accepted as they are (`optionalTypes`, base library 2.6.5). */
  readonly optionalTypes?: readonly unknown[]
  /** `observer(newVal, oldVal)`: a function, or the name of a method (Component.html "properties 定义"). */
  readonly observer?: Fn | string
}

export interface PageDefinition {
  readonly constructorName: 'Page' | 'Component'
  readonly data: Record<string, unknown>
  /** Methods an event can call (and the page's own functions, for Page). */
  readonly methods: Record<string, Fn>
  /** Page({...}) fields that are neither data nor functions: copied onto each instance. */
  readonly fields: Record<string, unknown>
  /** Component properties; the query fills those of the same name. */
  readonly properties: Record<string, PropertySpec>
  readonly hooks: Readonly<Record<Hook, readonly Fn[]>>
}

const PAGE_HOOKS = ['onLoad', 'onShow', 'onReady', 'onHide', 'onUnload'] as const
const LIFETIMES = ['created', 'attached', 'ready', 'detached'] as const

/**
 * A literal in HOOKS' order, not Object.fromEntries(HOOKS.map(…)): every Page()/Component() of a run makes one, and
 * the entries arrays and the dictionary-built object cost ~1 % of a page-host run (issue 14, CPU profile). A test
 * (definition.test.ts) pins that the keys are HOOKS, in order.
 */
export function emptyHooks(): Record<Hook, Fn[]> {
  return { created: [], attached: [], onLoad: [], onShow: [], pageShow: [], ready: [], onReady: [], onHide: [], pageHide: [], onUnload: [], detached: [] }
}

export const isFn = (v: unknown): v is Fn => typeof v === 'function'

/** Component-style parts shared by behaviors, components and (since 2.9.2) pages with `behaviors`. */
export function mergeComponentPart(def: Record<string, unknown>, into: { data: Record<string, unknown>; methods: Record<string, Fn>; properties: Record<string, PropertySpec>; hooks: Record<Hook, Fn[]> }): void {
  if (isPlainObject(def.properties)) {
    for (const [name, spec] of Object.entries(def.properties)) into.properties[name] = propertySpec(spec)
  }
  mergeData(into.data, def.data)
  if (isPlainObject(def.methods)) for (const [name, fn] of Object.entries(def.methods)) if (isFn(fn)) into.methods[name] = fn
  const lifetimes = isPlainObject(def.lifetimes) ? def.lifetimes : {}
  for (const name of LIFETIMES) {
    // "lifetimes 字段内声明的方式优先级最高" (Component doc): lifetimes.x wins over a top-level x.
    const fn = lifetimes[name] ?? def[name]
    if (isFn(fn)) into.hooks[name].push(fn)
  }
  const pageLifetimes = isPlainObject(def.pageLifetimes) ? def.pageLifetimes : {}
  if (isFn(pageLifetimes.show)) into.hooks.pageShow.push(pageLifetimes.show)
  if (isFn(pageLifetimes.hide)) into.hooks.pageHide.push(pageLifetimes.hide)
}

/** `String` → { type: String, value: '' }; `{ type, value }` as given; defaults per type as exparser gives them. */
export function propertySpec(spec: unknown): PropertySpec {
  const type = isPlainObject(spec) ? spec.type : spec
  const extra: { optionalTypes?: unknown[]; observer?: Fn | string } = {}
  if (isPlainObject(spec) && Array.isArray(spec.optionalTypes)) extra.optionalTypes = spec.optionalTypes
  if (isPlainObject(spec) && (isFn(spec.observer) || typeof spec.observer === 'string')) extra.observer = spec.observer
  if (isPlainObject(spec) && 'value' in spec && spec.value !== undefined) return { type, value: spec.value, ...extra }
  const defaults = new Map<unknown, unknown>([
    [String, ''],
    [Number, 0],
    [Boolean, false],
    [Array, []],
  ])
  return { type, value: defaults.has(type) ? defaults.get(type) : null, ...extra }
}

export function definePage(options: unknown): PageDefinition {
  if (!isPlainObject(options)) throw new FakeWxError(`Page() needs an object, got ${typeof options}.`)
  const parts = { data: {} as Record<string, unknown>, methods: {} as Record<string, Fn>, properties: {}, hooks: emptyHooks() }
  for (const behavior of flattenBehaviors(options.behaviors)) mergeComponentPart(behavior, parts)
  mergeData(parts.data, options.data)
  const fields: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    if (key === 'data' || key === 'behaviors' || key === 'options') continue
    if (isFn(value)) parts.methods[key] = value
    else fields[key] = deepCopy(value)
  }
  for (const hook of PAGE_HOOKS) {
    const fn = options[hook]
    if (isFn(fn)) parts.hooks[hook].push(fn)
  }
  return { constructorName: 'Page', ...parts, fields }
}

export function defineComponentPage(options: unknown): PageDefinition {
  if (!isPlainObject(options)) throw new FakeWxError(`Component() needs an object, got ${typeof options}.`)
  const parts = { data: {} as Record<string, unknown>, methods: {} as Record<string, Fn>, properties: {} as Record<string, PropertySpec>, hooks: emptyHooks() }
  for (const behavior of flattenBehaviors(options.behaviors)) mergeComponentPart(behavior, parts)
  mergeComponentPart(options, parts)
  // Page lifecycle methods of a Component-built page live in `methods` (Component doc, H).
  for (const hook of PAGE_HOOKS) {
    const fn = parts.methods[hook]
    if (fn) parts.hooks[hook].push(fn)
  }
  return { constructorName: 'Component', ...parts, fields: {} }
}
