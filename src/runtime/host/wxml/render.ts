import { FakeWxError } from '../../errors/fake-wx-error.ts'
import type { CompiledFile } from './compile.ts'
import { evaluatePieces, ExpressionError, splitMustache, type Piece, type Scope } from './expression.ts'
import { wxmlCompileError, type AstAttr, type AstElement, type AstNode, type Pos } from './parse.ts'
import type { ComponentRegistry, EventBinding, MountedComponent, SourcePos, ViewOwner, WxmlElement, WxmlNode, WxmlText } from './tree.ts'
import type { WxsModules } from './wxs.ts'

/**
 * Renders one owner's WXML (a page's, or a component's template) from its data into tree nodes.
 * Directives: framework/view/wxml/list.html (wx:for, wx:for-item, wx:for-index, wx:key), conditional.html
 * (wx:if / wx:elif / wx:else, block), template.html (name / is / data, its own scope), import.html (import
 * scope: only the imported file's own templates; include: everything but <template>/<wxs>), H.
 */
export interface RenderServices {
  /** The compiled file at an app-relative path (cached); a missing file is a FakeWxError naming `from`. */
  compile(path: string, from: { file: string; pos: Pos }): CompiledFile
  readonly wxs: WxsModules
  readonly registry: ComponentRegistry | undefined
  /** Called for each custom-component tag met: returns the (new or kept) mounted component and its shadow root. */
  mountComponent(request: ComponentRequest): { mounted: MountedComponent; shadowRoot: WxmlElement } | undefined
}

export interface ComponentRequest {
  readonly key: string
  readonly tag: string
  readonly owner: ViewOwner
  readonly properties: Record<string, unknown>
  readonly source: SourcePos
}

/** The client's built-in components (component/*.html): any other tag must be a custom component. */
export const BUILTIN_TAGS: ReadonlySet<string> = new Set([
  'view', 'scroll-view', 'swiper', 'swiper-item', 'movable-area', 'movable-view', 'cover-view', 'cover-image', 'match-media',
  'page-container', 'root-portal', 'share-element', 'grid-view', 'list-view', 'sticky-header', 'sticky-section', 'snapshot',
  'icon', 'text', 'rich-text', 'progress', 'button', 'checkbox', 'checkbox-group', 'editor', 'form', 'input', 'keyboard-accessory',
  'label', 'picker', 'picker-view', 'picker-view-column', 'radio', 'radio-group', 'slider', 'switch', 'textarea',
  'functional-page-navigator', 'navigator', 'audio', 'camera', 'channel-live', 'channel-video', 'image', 'live-player',
  'live-pusher', 'video', 'voip-room', 'map', 'canvas', 'web-view', 'ad', 'ad-custom', 'official-account', 'open-data',
  'page-meta', 'navigation-bar', 'store-product', 'aria-component', 'slot', 'open-container', 'draggable-sheet', 'nested-scroll-header', 'nested-scroll-body', 'span',
])

interface Frame {
  readonly file: CompiledFile
  /** Templates visible in this file: its own and those of the files it imports (not transitively). */
  readonly templates: ReadonlyMap<string, { element: AstElement; file: CompiledFile }>
  readonly modules: Readonly<Record<string, unknown>>
}

const EVENT_ATTR = /^(bind|catch|capture-bind|capture-catch|mut-bind)(:?)([A-Za-z_][\w-]*)$/

/**
 * An attribute's or text's pieces, split once per process: compiled WXML files are shared by every runtime
 * (view.ts), and pieces are data derived from the node alone (issue 14: before, each renderer split them again).
 * Keyed weakly by the node, so a recompiled file's old nodes go with it; `objectBody` splits differently.
 */
const PIECES = { expression: new WeakMap<AstAttr | AstNode, Piece[]>(), objectBody: new WeakMap<AstAttr | AstNode, Piece[]>() }

export class Renderer {
  readonly #frames = new Map<string, Frame>()

  constructor(
    readonly services: RenderServices,
    readonly owner: ViewOwner,
  ) {}

  /** Renders `file` with the owner's data under a root of `rootTag` ('#page' / '#shadow-root'). */
  render(file: CompiledFile, rootTag: string, data: Readonly<Record<string, unknown>> = this.owner.data): WxmlElement {
    const frame = this.#frame(file)
    const scope: Scope = (name) => (Object.hasOwn(frame.modules, name) ? frame.modules[name] : (data as Record<string, unknown>)[name])
    const root = this.#element(rootTag, '', {}, [], { file: file.file, line: 1, column: 1 })
    const children = this.#nodes(file.nodes, scope, frame, '', root)
    ;(root as { children: readonly WxmlNode[] }).children = children
    return root
  }

  #frame(file: CompiledFile): Frame {
    const hit = this.#frames.get(file.file)
    if (hit && hit.file === file) return hit
    const templates = new Map<string, { element: AstElement; file: CompiledFile }>()
    for (const imp of file.imports) {
      const imported = this.services.compile(imp.path, { file: file.file, pos: imp.pos })
      for (const [name, element] of imported.templates) templates.set(name, { element, file: imported })
    }
    for (const [name, element] of file.templates) templates.set(name, { element, file })
    const modules: Record<string, unknown> = {}
    for (const w of file.wxs) {
      modules[w.module] = w.src !== undefined ? this.services.wxs.file(w.src, file.file) : this.services.wxs.run(w.inline ?? '', `${file.file}#${w.module}`)
    }
    const frame: Frame = { file, templates, modules }
    this.#frames.set(file.file, frame)
    return frame
  }

  #piecesOf(node: AstAttr | AstNode, text: string, file: CompiledFile, pos: Pos, objectBody = false): Piece[] {
    const cache = objectBody ? PIECES.objectBody : PIECES.expression
    let pieces = cache.get(node)
    if (!pieces) {
      try {
        pieces = splitMustache(text, { objectBody })
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error
        const name = 'name' in node ? `Bad attr \`${node.name}\`` : 'Bad value'
        throw wxmlCompileError(file.file, pos, `${name} with message: ${error.message}.`, file.source)
      }
      cache.set(node, pieces)
    }
    return pieces
  }

  #value(attr: AstAttr, scope: Scope, frame: Frame, objectBody = false): unknown {
    if (attr.value === true) return true
    const pieces = this.#piecesOf(attr, attr.value, frame.file, attr.valuePos, objectBody)
    return this.#evaluate(pieces, scope, frame.file, attr.valuePos)
  }

  #evaluate(pieces: Piece[], scope: Scope, file: CompiledFile, pos: Pos): unknown {
    try {
      return evaluatePieces(pieces, scope)
    } catch (error) {
      if (error instanceof ExpressionError) throw new FakeWxError(`${file.file}:${pos.line}:${pos.column}: ${error.message}`)
      throw error
    }
  }

  #nodes(nodes: readonly AstNode[], scope: Scope, frame: Frame, key: string, parent: WxmlElement): WxmlNode[] {
    const out: WxmlNode[] = []
    // wx:if / wx:elif / wx:else chain state: true once a branch of the current chain rendered.
    let chain: boolean | undefined
    nodes.forEach((node, index) => {
      const childKey = `${key}/${index}`
      if (node.kind === 'text') {
        if (!node.text.trim()) return
        chain = undefined
        const pieces = this.#piecesOf(node, node.text, frame.file, node.pos)
        const value = this.#evaluate(pieces, scope, frame.file, node.pos)
        const text: WxmlText = { kind: 'text', text: typeof value === 'string' ? value : String(value ?? ''), parent, owner: this.owner, source: this.#source(frame, node.pos) }
        out.push(text)
        return
      }
      const get = (name: string) => node.attrs.find((a) => a.name === name)
      const ifAttr = get('wx:if')
      const elifAttr = get('wx:elif')
      const elseAttr = get('wx:else')
      if (ifAttr) {
        const shown = Boolean(this.#value(ifAttr, scope, frame))
        chain = shown
        if (!shown) return
      } else if (elifAttr || elseAttr) {
        if (chain === undefined) {
          throw wxmlCompileError(frame.file.file, node.pos, `${elifAttr ? 'wx:elif' : 'wx:else'} must follow wx:if or wx:elif`, frame.file.source)
        }
        if (chain) return
        if (elifAttr) {
          const shown = Boolean(this.#value(elifAttr, scope, frame))
          chain = shown
          if (!shown) return
        } else chain = undefined
      } else chain = undefined
      const forAttr = get('wx:for') ?? get('wx:for-items')
      if (forAttr) {
        out.push(...this.#list(node, forAttr, scope, frame, childKey, parent))
        return
      }
      out.push(...this.#one(node, scope, frame, childKey, parent))
    })
    return out
  }

  #list(node: AstElement, forAttr: AstAttr, scope: Scope, frame: Frame, key: string, parent: WxmlElement): WxmlNode[] {
    const get = (name: string) => {
      const a = node.attrs.find((x) => x.name === name)
      return a && typeof a.value === 'string' ? a.value.trim() : undefined
    }
    const itemName = get('wx:for-item') || 'item'
    const indexName = get('wx:for-index') || 'index'
    const keyName = get('wx:key')
    const entries = forEntries(this.#value(forAttr, scope, frame))
    const out: WxmlNode[] = []
    const seen = new Set<string>()
    for (const [index, item] of entries) {
      const itemScope: Scope = (name) => (name === itemName ? item : name === indexName ? index : scope(name))
      let itemKey = String(index)
      if (keyName) {
        const k = keyName === '*this' ? item : (item as Record<string, unknown> | null)?.[keyName]
        const ks = typeof k === 'object' ? JSON.stringify(k) : String(k)
        // The client warns on duplicate keys and falls back to the index for the duplicate (M).
        if (!seen.has(ks)) {
          seen.add(ks)
          itemKey = `k:${ks}`
        }
      }
      out.push(...this.#one(node, itemScope, frame, `${key}[${itemKey}]`, parent))
    }
    return out
  }

  /** One element (its wx:if/wx:for already decided): block, template, include, slot, a component, or a node. */
  #one(node: AstElement, scope: Scope, frame: Frame, key: string, parent: WxmlElement): WxmlNode[] {
    const attr = (name: string) => node.attrs.find((a) => a.name === name)
    if (node.tag === 'block') return this.#nodes(node.children, scope, frame, key, parent)
    if (node.tag === 'include') {
      const src = attr('src')
      if (!src || src.value === true) throw wxmlCompileError(frame.file.file, node.pos, 'Bad attr `src` of <include>: a path is needed.', frame.file.source)
      const dir = frame.file.file.includes('/') ? frame.file.file.slice(0, frame.file.file.lastIndexOf('/')) : ''
      const path = resolveWxml(dir, src.value)
      const included = this.services.compile(path, { file: frame.file.file, pos: node.pos })
      // include: the file's nodes as if written here, with this scope (its templates and wxs are not brought in).
      return this.#nodes(included.nodes, scope, { ...this.#frame(included), modules: frame.modules }, `${key}>`, parent)
    }
    if (node.tag === 'template') {
      const isAttr = attr('is')
      if (!isAttr) return []
      const name = String(this.#value(isAttr, scope, frame) ?? '')
      const template = frame.templates.get(name)
      if (!template) {
        // The client warns "Template `x` not found." and renders nothing (M).
        return []
      }
      const dataAttr = attr('data')
      const data = dataAttr ? this.#value(dataAttr, scope, frame, true) : {}
      const templateFrame = this.#frame(template.file)
      const record = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>
      // A template has its own scope: only `data` and the wxs modules of the file that defines it.
      const templateScope: Scope = (n) => (Object.hasOwn(templateFrame.modules, n) ? templateFrame.modules[n] : record[n])
      return this.#nodes(template.element.children, templateScope, templateFrame, `${key}@${name}`, parent)
    }
    const attrs: Record<string, unknown> = {}
    const dataset: Record<string, unknown> = {}
    const marks: Record<string, unknown> = {}
    const events: EventBinding[] = []
    const models: Record<string, string> = {}
    for (const a of node.attrs) {
      if (a.name.startsWith('wx:')) continue
      const event = EVENT_ATTR.exec(a.name)
      if (event) {
        const value = this.#value(a, scope, frame)
        const kind = event[1]!
        events.push({
          type: event[3]!,
          handler: typeof value === 'string' ? value.trim() : '',
          capture: kind.startsWith('capture'),
          catch: kind.endsWith('catch'),
          mut: kind === 'mut-bind',
          attribute: a.name,
          source: this.#source(frame, a.pos),
        })
        continue
      }
      if (a.name.startsWith('data-')) {
        dataset[datasetKey(a.name.slice(5))] = this.#value(a, scope, frame)
        continue
      }
      if (a.name.startsWith('mark:')) {
        marks[a.name.slice(5)] = this.#value(a, scope, frame)
        continue
      }
      if (a.name.startsWith('model:')) {
        // model:value="{{x}}" (framework/view/two-way-bindings.html, 2.9.3): a plain data path only.
        const path = typeof a.value === 'string' ? /^\s*\{\{\s*([A-Za-z_$][\w$.[\]]*)\s*\}\}\s*$/.exec(a.value)?.[1] : undefined
        if (!path) throw wxmlCompileError(frame.file.file, a.pos, `Bad attr \`${a.name}\` with message: model: needs a single data path, such as "{{value}}".`, frame.file.source)
        models[a.name.slice(6)] = path
        attrs[a.name.slice(6)] = this.#value(a, scope, frame)
        continue
      }
      attrs[a.name] = this.#value(a, scope, frame)
    }
    const source = this.#source(frame, node.pos)
    const element = this.#element(node.tag, key, attrs, events, source, dataset, marks)
    element.parent = parent
    if (Object.keys(models).length > 0) (element as { models?: Record<string, string> }).models = models
    const custom = !BUILTIN_TAGS.has(node.tag) ? this.services.registry?.resolve(this.owner, node.tag) : undefined
    const children = this.#nodes(node.children, scope, frame, key, element)
    ;(element as { children: readonly WxmlNode[] }).children = children
    if (custom) {
      const properties: Record<string, unknown> = {}
      for (const [name, value] of Object.entries(attrs)) {
        if (name === 'id' || name === 'class' || name === 'style' || name === 'slot') continue
        properties[camelCase(name)] = value
      }
      const mounted = this.services.mountComponent({ key, tag: node.tag, owner: this.owner, properties, source })
      if (mounted) {
        ;(element as { component?: MountedComponent }).component = mounted.mounted
        element.shadowRoot = mounted.shadowRoot
        mounted.shadowRoot.host = element
        assignSlots(element)
      }
    } else if (!BUILTIN_TAGS.has(node.tag)) {
      throw new FakeWxError(
        `${source.file}:${source.line}: <${node.tag}> is not a built-in component, and "${node.tag}" is not in the usingComponents of ${this.owner.is}.json or app.json.`,
        `Declare it: "usingComponents": { "${node.tag}": "/components/${node.tag}/index" } (framework/custom-component/).`,
      )
    }
    return [element]
  }

  #source(frame: Frame, pos: Pos): SourcePos {
    return { file: frame.file.file, line: pos.line, column: pos.column }
  }

  #element(tag: string, key: string, attrs: Record<string, unknown>, events: EventBinding[], source: SourcePos, dataset: Record<string, unknown> = {}, marks: Record<string, unknown> = {}): WxmlElement {
    const id = attrs.id === undefined || attrs.id === null ? '' : String(attrs.id)
    const written = attrs.class === undefined || attrs.class === null ? '' : String(attrs.class)
    // A component's external class names become the classes its host passes (ViewOwner.externalClass).
    const className = this.owner.externalClass ? written.split(/\s+/).flatMap((c) => this.owner.externalClass!(c) ?? [c]).join(' ') : written
    if (className !== written) attrs.class = className
    // hidden="false" is the string "false", true as a boolean (data_bind.html "不要直接写 checked="false"", H).
    const hidden = Boolean(attrs.hidden)
    return {
      kind: 'element',
      tag,
      key,
      attrs,
      id,
      classList: className.split(/\s+/).filter(Boolean),
      dataset,
      marks,
      events,
      children: [],
      parent: undefined,
      owner: this.owner,
      source,
      hidden,
    }
  }
}

/** wx:for over an array, an object (key → value), a number n (0…n-1) or a string (its characters) (list.html). */
function forEntries(value: unknown): Array<[number | string, unknown]> {
  if (Array.isArray(value)) return value.map((v, i) => [i, v])
  if (typeof value === 'string') return [...value].map((c, i) => [i, c])
  if (typeof value === 'number') return Array.from({ length: Math.max(0, Math.floor(value)) }, (_, i) => [i, i])
  if (value && typeof value === 'object') return Object.entries(value)
  return []
}

/**
 * `data-element-type` → `elementType`, `data-elementType` → `elementtype`: "连字符写法会转换成驼峰写法，而大写字符会自动转成小写字符"
 * (framework/view/wxml/event.html "dataset", H).
 */
export function datasetKey(name: string): string {
  return name.toLowerCase().replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** `property-name` → `propertyName` (custom-component/component.html: attributes use the hyphenated form). */
export function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
}

function resolveWxml(dir: string, src: string): string {
  const parts = src.startsWith('/') ? [] : dir.split('/').filter(Boolean)
  for (const part of src.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  const path = parts.join('/')
  return path.endsWith('.wxml') ? path : `${path}.wxml`
}

/**
 * Slot distribution (custom-component/wxml-wxss.html "组件 wxml 的 slot", H): a light child with
 * `slot="name"` goes to `<slot name="name">`, the others to the unnamed `<slot>`.
 */
export function assignSlots(host: WxmlElement): void {
  const root = host.shadowRoot
  if (!root) return
  const slots: WxmlElement[] = []
  const walk = (n: WxmlElement) => {
    for (const c of n.children) {
      if (c.kind !== 'element') continue
      if (c.tag === 'slot') slots.push(c)
      if (!c.shadowRoot) walk(c)
    }
  }
  walk(root)
  const byName = new Map<string, WxmlElement>()
  for (const s of slots) {
    const name = String(s.attrs.name ?? '')
    if (!byName.has(name)) byName.set(name, s)
    s.assigned = []
  }
  for (const child of host.children) {
    const name = child.kind === 'element' ? String(child.attrs.slot ?? '') : ''
    const slot = byName.get(name)
    if (child.kind === 'element') child.assignedSlot = slot
    if (slot) (slot.assigned as WxmlNode[]).push(child)
  }
}
