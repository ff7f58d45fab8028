/**
 * The rendered view of a page: a logical node tree (no layout), built from a page's or component's WXML and
 * its data, rebuilt after every setData. This file is the seam between the renderer (host/wxml/), the custom
 * components (host/components/), the queries (host/queries.ts) and event dispatch (host/wxml/dispatch.ts).
 *
 * Vocabulary follows the client's docs: framework/view/wxml/ (data binding, list/conditional rendering,
 * template, import/include), framework/view/interactive/event (event object: target, currentTarget,
 * dataset, mark), framework/custom-component/ (shadow tree, slot, triggerEvent's bubbles/composed).
 */

/** Where a node was written: the app-relative WXML file ('pages/index/index.wxml') and its 1-based line/column. */
export interface SourcePos {
  readonly file: string
  readonly line: number
  readonly column: number
}

/**
 * An event binding as the WXML wrote it (framework/view/wxml/event.html "事件绑定和冒泡"):
 * `bindtap` / `bind:tap` (bubbles on), `catchtap` / `catch:tap` (stops bubbling), `mut-bind:tap` (mutually
 * exclusive with other mut-binds up the path), `capture-bind:tap` / `capture-catch:tap` (capture phase).
 */
export interface EventBinding {
  /** The event type: 'tap', 'input', 'change', 'getphonenumber', a component's custom event name. */
  readonly type: string
  /** The method name of the owner (after `{{}}` evaluation); '' when the attribute evaluated to nothing. */
  readonly handler: string
  readonly capture: boolean
  readonly catch: boolean
  readonly mut: boolean
  /** The attribute as written: 'bindtap', 'catch:tap', 'capture-bind:tap' (for messages). */
  readonly attribute: string
  readonly source: SourcePos
}

/**
 * Whose WXML wrote a node: the page, or a custom component instance. Handlers are looked up on it
 * (`methodOf`), and an event that is not `composed` stays inside one owner's tree.
 */
export interface ViewOwner {
  readonly kind: 'page' | 'component'
  /** The page route ('pages/index/index') or the component path ('components/auth-modal/index'). */
  readonly is: string
  /** `this` of the owner's code (a PageInstance or a component instance). */
  readonly instance: object
  /** What its WXML reads: data (and, for a component, its properties). */
  readonly data: Readonly<Record<string, unknown>>
  /** The method an event binding names, or undefined when the owner has none. */
  methodOf(name: string): ((this: unknown, event: unknown) => unknown) | undefined
  /**
   * A component's `externalClasses` (framework/custom-component/wxml-wxss.html "外部样式类"): the class names the
   * host passes for `name` (`my-class="red-text"` → ['red-text']), [] when it passes none; undefined for a class
   * name that is not external.
   */
  externalClass?(name: string): readonly string[] | undefined
}

export interface WxmlText {
  readonly kind: 'text'
  /** The text after `{{}}` evaluation (whitespace kept as written; queries trim). */
  readonly text: string
  parent: WxmlElement | undefined
  readonly owner: ViewOwner
  readonly source: SourcePos
}

export interface WxmlElement {
  readonly kind: 'element'
  /**
   * The tag as written ('view', 'button', 'auth-modal'); '#page' for a page's root, '#shadow-root' for a
   * component's rendered template. `block`, `template`, `import`, `include` and `wxs` never appear: they are
   * resolved while rendering.
   */
  readonly tag: string
  /**
   * Stable within its owner across re-renders: the path of the node in the WXML source, with `wx:for` items
   * named by their `wx:key` (or index). A re-render keeps a component instance whose host node keeps its key.
   */
  readonly key: string
  /** Evaluated attributes other than events, `data-*`, `mark:*` and `wx:*`: id, class, style, hidden, open-type, value … */
  readonly attrs: Readonly<Record<string, unknown>>
  readonly id: string
  readonly classList: readonly string[]
  /** `data-user-name="x"` → `{ userName: 'x' }` (event.html "dataset", H). */
  readonly dataset: Readonly<Record<string, unknown>>
  /** `mark:key="v"` on this node only; the event's `mark` merges them along the path (2.7.1). */
  readonly marks: Readonly<Record<string, unknown>>
  readonly events: readonly EventBinding[]
  /** Light children: what the owner's WXML put between this tag's start and end. */
  readonly children: readonly WxmlNode[]
  /** Parent in the owner's tree (a light child's parent is its component host node); undefined at a root. */
  parent: WxmlElement | undefined
  readonly owner: ViewOwner
  readonly source: SourcePos
  /** `hidden` evaluated truthy: the node is in the tree (and queries find it) but the user cannot tap it. */
  readonly hidden: boolean
  /** For a custom component node: the mounted component and its rendered template. */
  readonly component?: MountedComponent
  /** For a custom component node: the root of its rendered template (tag '#shadow-root'). */
  shadowRoot?: WxmlElement
  /** For a '#shadow-root': its component host node. */
  host?: WxmlElement
  /** For a `<slot>` in a shadow tree: the host's light children assigned to it (slot name matched). */
  assigned?: readonly WxmlNode[]
  /** For a light child of a component host: the `<slot>` it is shown in (none → not shown). */
  assignedSlot?: WxmlElement
  /** `model:value="{{path}}"` two-way bindings: attribute → the owner's data path (two-way-bindings.html). */
  readonly models?: Readonly<Record<string, string>>
}

export type WxmlNode = WxmlElement | WxmlText

// ── the component seam (implemented by host/components/) ─────────────────────────────────────────

/** A custom event from a node (triggerEvent), as framework/custom-component/events.html names its options. */
export interface CustomEventInit {
  readonly type: string
  readonly detail?: unknown
  readonly bubbles?: boolean
  readonly composed?: boolean
  readonly capturePhase?: boolean
}

/** What the renderer gives a component instance so its code can reach the view. */
export interface ComponentView {
  /** Re-render this component's shadow tree (after its setData); synchronous. */
  rerender(): void
  /** Dispatch an event from `from` (the component's host node for triggerEvent). */
  dispatch(from: WxmlElement, event: CustomEventInit): void
  /** The component host node, as rendered now (it changes identity on re-render; the key stays). */
  hostNode(): WxmlElement
}

/** A custom component a tag resolves to (usingComponents of the owner's json, or app.json's global ones). */
export interface ComponentType {
  /** App-relative path without extension: 'components/auth-modal/index'. Its template is `${path}.wxml`. */
  readonly path: string
  /** Creates the instance for a host node: `created` runs here; properties already set from the attributes. */
  create(init: { readonly owner: ViewOwner; readonly properties: Readonly<Record<string, unknown>>; readonly view: ComponentView }): MountedComponent
}

/** One component instance in the tree. Its own template's nodes have `owner` = `this.owner`. */
export interface MountedComponent {
  readonly type: ComponentType
  readonly owner: ViewOwner & { readonly kind: 'component' }
  /** `class` names the component maps from its host (externalClasses); empty when it has none. */
  readonly externalClasses?: readonly string[]
  /** The owner re-rendered with new attribute values: properties whose value changed (observers run). */
  propertiesChanged(properties: Readonly<Record<string, unknown>>): void
  attached(): void
  ready(): void
  detached(): void
  pageShow?(): void
  pageHide?(): void
}

/** Resolves a tag to a component for one owner; undefined → a built-in (view, button …) or unknown tag. */
export interface ComponentRegistry {
  resolve(owner: ViewOwner, tag: string): ComponentType | undefined
}
