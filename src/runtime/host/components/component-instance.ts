import { later } from '../../facade/deliver.ts'
import type { Hook } from '../definition.ts'
import { applyDataPatch, runAppCode, type HostServices } from '../page-instance.ts'
import { behaviorDefinition } from '../behavior.ts'
import { deepCopy, parseDataPath, viewSnapshot, type DataPath } from '../set-data.ts'
import { camelCase } from '../wxml/render.ts'
import type { ComponentType, ComponentView, CustomEventInit, MountedComponent, ViewOwner } from '../wxml/tree.ts'
import { normalizeProperty, type ComponentDefinition, type Fn } from './component-definition.ts'
import { touches, valueAt } from './observers.ts'
import { linkUp, registerRelationSide, relationNodes, unlinkAll, type RelationSide } from './relations.ts'
import { selectAllComponents, selectComponent } from './select.ts'
import { treeSelectorQuery } from '../wxml/selector-query.ts'
import type { WxmlElement } from '../wxml/tree.ts'

/** `this` inside component code (reference/api/Component.html "组件实例"). */
export interface ComponentInstance {
  readonly is: string
  readonly id: string
  readonly dataset: Readonly<Record<string, unknown>>
  data: Record<string, unknown>
  readonly properties: Record<string, unknown>
  setData(patch: Record<string, unknown>, callback?: () => void): void
  triggerEvent(name: string, detail?: unknown, options?: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean }): void
  selectComponent(selector: string): unknown
  selectAllComponents(selector: string): unknown[]
  selectOwnerComponent(): unknown
  hasBehavior(behavior: unknown): boolean
  /** A SelectorQuery over this component's shadow tree. */
  createSelectorQuery(): unknown
  /** The instances linked through `relations` to the component at that (relative) path, in tree order. */
  getRelationNodes(path: string): object[]
  [key: string]: unknown
}

/** A mounted component plus what forms and selectors read from it. */
export interface ComponentMount extends MountedComponent {
  readonly instance: ComponentInstance
  /** wx://form-field: the `name` and `value` a <form> submits. */
  readonly formField?: { readonly name: string; readonly value: unknown }
  /** wx://component-export: what selectComponent returns. */
  readonly exportValue?: () => unknown
}

type State = 'created' | 'attached' | 'detached'

/**
 * One component instance in the tree (framework/custom-component/): created with its definition's data and
 * property defaults, `created` run, then the parent's attribute values applied as properties (exparser's order: a
 * `created` hook sees defaults, property observers and data observers fire for what the parent passes);
 * attached / ready / detached and pageLifetimes are called by the view. Its setData runs property `observer`s
 * (when the value changed, exparser's `e !== t`), then `observers`, then re-renders its template.
 */
export function createComponent(
  host: HostServices,
  definition: ComponentDefinition,
  type: ComponentType,
  init: { readonly owner: ViewOwner; readonly properties: Readonly<Record<string, unknown>>; readonly view: ComponentView },
): ComponentMount {
  const { path } = definition
  const { view } = init
  const data = deepCopy(definition.data)
  for (const [name, spec] of Object.entries(definition.properties)) data[name] = deepCopy(spec.value)
  let state: State = 'created'
  const externalValues: Record<string, unknown> = {}
  let batching = 0

  const run = (hook: Hook) => {
    const fns = definition.hooks[hook]
    if (fns.length === 0) return
    host.core.trace.record({ type: 'page', target: path, what: hook === 'pageShow' ? 'pageLifetimes.show' : hook === 'pageHide' ? 'pageLifetimes.hide' : hook })
    for (const fn of fns) runAppCode(host, `${path} ${hook}`, fn, instance, [])
  }

  const notify = (changed: readonly DataPath[], before: ReadonlyMap<string, unknown>) => {
    for (const [name, old] of before) {
      const spec = definition.properties[name]!
      const now = data[name]
      if (now === old) continue
      const observer = typeof spec.observer === 'string' ? instance[spec.observer] : spec.observer
      if (typeof observer === 'function') runAppCode(host, `${path} property "${name}" observer`, observer as Fn, instance, [now, old, [name]])
    }
    for (const { paths, fn } of definition.observers) {
      if (!paths.some((p) => changed.some((c) => touches(p, c)))) continue
      runAppCode(host, `${path} observer`, fn, instance, paths.map((p) => valueAt(data, p.path)))
    }
  }

  /** setData's work: apply, observers, re-render (not while the view is applying properties or before attached). */
  const update = (patch: unknown, normalize: boolean) => {
    const keys = patch !== null && typeof patch === 'object' ? Object.keys(patch) : []
    const before = new Map<string, unknown>()
    for (const key of keys) if (key in definition.properties && !before.has(key)) before.set(key, data[key])
    let toApply = patch
    if (normalize) {
      const normalized: Record<string, unknown> = {}
      for (const key of keys) normalized[key] = normalizeProperty(definition.properties[key]!, (patch as Record<string, unknown>)[key])
      toApply = normalized
    }
    const result = applyDataPatch(host, path, data, toApply)
    batching++
    try {
      notify(result.applied.map(parseDataPath), before)
    } finally {
      batching--
    }
    if (state === 'attached' && batching === 0) view.rerender()
  }

  const instance = Object.assign({}, definition.methods) as ComponentInstance
  Object.defineProperties(instance, {
    is: { value: path, enumerable: true },
    id: SHARED_ACCESSORS.id,
    dataset: SHARED_ACCESSORS.dataset,
    data: { value: data, writable: true, enumerable: true },
    properties: SHARED_ACCESSORS.properties,
    setData: {
      value: (patch: unknown, callback?: unknown) => {
        try {
          update(patch, false)
        } finally {
          if (typeof callback === 'function') later(() => runAppCode(host, `${path} setData callback`, callback as Fn, instance, []))
        }
      },
    },
    triggerEvent: {
      value: (name: unknown, detail?: unknown, options?: { bubbles?: boolean; composed?: boolean; capturePhase?: boolean }) => {
        const event: CustomEventInit = { type: String(name), detail, bubbles: !!options?.bubbles, composed: !!options?.composed, capturePhase: !!options?.capturePhase }
        host.core.trace.record({ type: 'page', target: path, what: `triggerEvent ${event.type}`, detail })
        view.dispatch(view.hostNode(), event)
      },
    },
    selectComponent: { value: (selector: string) => selectComponent(view.hostNode().shadowRoot, instance, String(selector)) },
    selectAllComponents: { value: (selector: string) => selectAllComponents(view.hostNode().shadowRoot, instance, String(selector)) },
    selectOwnerComponent: { value: () => init.owner.instance },
    // this.createSelectorQuery() of a component: "在自定义组件或包含自定义组件的页面中，应使用 this.createSelectorQuery() 来代替"
    // (api/wxml/wx.createSelectorQuery.html, H) — it selects in the component's own shadow tree, as
    // wx.createSelectorQuery().in(this) does (SelectorQuery.in.html, H); boxes keep their place on the page.
    createSelectorQuery: {
      value: () => {
        const pageRoot = () => rootAbove(view.hostNode())
        return treeSelectorQuery(host.core, { root: pageRoot, instance: () => pageRoot().owner.instance }, () => view.hostNode().shadowRoot)
      },
    },
    // hasBehavior (Component.html 组件实例方法): a built-in name or a Behavior() result, mixed in directly or through another.
    hasBehavior: {
      value: (behavior: unknown) => (typeof behavior === 'string' ? definition.builtins.has(behavior) : definition.behaviors.has(behaviorDefinition(behavior)!)),
    },
    getRelationNodes: { value: (key: unknown) => relationNodes(side, String(key)) },
    [VIEW_OF]: { value: view },
  })
  const side: RelationSide = { path, relations: definition.relations, instance, links: new Map(), host: () => view.hostNode() }

  const owner: ViewOwner & { kind: 'component' } =
    definition.externalClasses.length > 0 ? new ExternalClassesOwner(path, instance, definition.externalClasses, externalValues) : new ComponentOwner(path, instance)

  run('created')
  rememberExternal(init.properties)
  const given = propertyPatch(definition, init.properties)
  if (Object.keys(given).length > 0) withBatch(() => update(given, true))

  /** The host's values for external class attributes (the view passes `my-class` camelCased as `myClass`). */
  function rememberExternal(properties: Readonly<Record<string, unknown>>): void {
    for (const name of definition.externalClasses) {
      const value = properties[name] ?? properties[camelCase(name)]
      if (value !== undefined) externalValues[name] = value
    }
  }

  function withBatch(fn: () => void): void {
    batching++
    try {
      fn()
    } finally {
      batching--
    }
  }

  const mount: ComponentMount = {
    type,
    owner,
    instance,
    externalClasses: definition.externalClasses,
    propertiesChanged(properties) {
      rememberExternal(properties)
      const patch = propertyPatch(definition, properties)
      if (Object.keys(patch).length > 0) withBatch(() => update(patch, true))
    },
    attached() {
      if (state !== 'created') return
      state = 'attached'
      run('attached')
      if (definition.relations.size > 0) linkUp(host, side)
    },
    ready() {
      run('ready')
    },
    detached() {
      if (state === 'detached') return
      state = 'detached'
      run('detached')
      unlinkAll(host, side)
    },
    pageShow() {
      run('pageShow')
    },
    pageHide() {
      run('pageHide')
    },
    ...(definition.export ? { exportValue: () => definition.export!.call(instance) } : {}),
  }
  registerRelationSide(mount, side)
  if (definition.builtins.has('wx://form-field')) {
    Object.defineProperty(mount, FORM_DATA, { value: data })
    Object.defineProperty(mount, 'formField', FORM_FIELD)
  }
  return mount
}

/*
 * Accessors shared by every instance, their state in a symbol slot (issue 14): a getter closure made per
 * instance gives each object an old-space map of its own pointing at the closure, and so at the runtime, which
 * kept every runtime with a component alive through scavenges (promoted to the old generation).
 */
const VIEW_OF = Symbol('fake-wx:component-view')
const FORM_DATA = Symbol('fake-wx:form-field-data')

const hostNodeOf = (instance: object): WxmlElement => (instance as { [VIEW_OF]: ComponentView })[VIEW_OF].hostNode()

const SHARED_ACCESSORS = {
  id: {
    get(this: object) {
      return hostNodeOf(this).id
    },
    enumerable: true,
  },
  dataset: {
    get(this: object) {
      return hostNodeOf(this).dataset
    },
    enumerable: true,
  },
  properties: {
    get(this: { data: unknown }) {
      return this.data
    },
  },
} satisfies Record<string, PropertyDescriptor>

/** wx://form-field: the `name` and `value` a <form> submits, read from the component's data. */
const FORM_FIELD: PropertyDescriptor = {
  get(this: { [FORM_DATA]: Record<string, unknown> }) {
    const data = this[FORM_DATA]
    return { name: String(data.name ?? ''), value: data.value }
  },
  enumerable: true,
}

/** A component as the owner of its shadow tree: handlers are its methods, the view reads its data as JSON. */
class ComponentOwner implements ViewOwner {
  readonly kind = 'component'
  readonly is: string
  readonly instance: ComponentInstance

  constructor(path: string, instance: ComponentInstance) {
    this.is = path
    this.instance = instance
  }

  // The view receives the data as JSON ("以 JSON 字符串的形式由逻辑层传至渲染层"), as a page's does.
  get data(): Readonly<Record<string, unknown>> {
    return viewSnapshot(this.instance.data)
  }

  methodOf(name: string): ((this: unknown, event: unknown) => unknown) | undefined {
    const fn = this.instance[name]
    return typeof fn === 'function' ? (fn as (this: unknown, event: unknown) => unknown) : undefined
  }
}

/** A component with `externalClasses`: the renderer asks it which classes the host passes. */
class ExternalClassesOwner extends ComponentOwner {
  readonly #names: readonly string[]
  readonly #values: Readonly<Record<string, unknown>>

  constructor(path: string, instance: ComponentInstance, names: readonly string[], values: Readonly<Record<string, unknown>>) {
    super(path, instance)
    this.#names = names
    this.#values = values
  }

  externalClass(name: string): readonly string[] | undefined {
    if (!this.#names.includes(name)) return undefined
    // The host's attribute (`my-class="a b"`); one the host does not pass adds no class (glass-easel, M).
    const given = this.#values[name]
    return typeof given === 'string' ? given.split(/\s+/).filter(Boolean) : []
  }
}

/** The attributes the view passes that are properties of the component (others — class, style, id — are not). */
function propertyPatch(definition: ComponentDefinition, given: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const patch: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(given)) if (name in definition.properties) patch[name] = value
  return patch
}

/** The page's root above a node, across shadow roots (a shadow root's `host` leads out of it). */
function rootAbove(node: WxmlElement): WxmlElement {
  let n = node
  for (let up = n.parent ?? n.host; up; up = n.parent ?? n.host) n = up
  return n
}
