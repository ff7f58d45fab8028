import type { RuntimeCore } from '../../core.ts'
import { windowInfoOf } from '../../apis/system/system-info.ts'
import { FakeWxError } from '../../errors/fake-wx-error.ts'
import { later } from '../../facade/deliver.ts'
import { queryAll } from '../queries.ts'
import { walkComposed } from './composed.ts'
import type { WxmlElement } from './tree.ts'

/**
 * SelectorQuery over the rendered tree (api/wxml/wx.createSelectorQuery.html, SelectorQuery.*.html,
 * NodesRef.*.html, H): `select`/`selectAll`/`selectViewport` queue requests, `exec` answers them all in
 * one callback, asynchronously (after the view), each request's own callback first.
 *
 * There is no layout here, so the box is a documented convention, deterministic: every element is a
 * full-width row ROW_HEIGHT px high, stacked in document order of the composed tree
 * (top = ROW_HEIGHT × its index), the viewport is the window. A selector that matches nothing gives null
 * (select) or [] (selectAll), as on the phone.
 */
export const ROW_HEIGHT = 40

export interface QueryScope {
  /** The tree the query searches: the page's root, or a component's shadow root after `.in(component)`. */
  root(): WxmlElement | undefined
  /** The page's root, for document positions. */
  pageRoot(): WxmlElement | undefined
  window(): { width: number; height: number }
  /** The component a `.in(this)` names → the root of its shadow tree. */
  rootOf(component: unknown): WxmlElement | undefined
}

type Fields = {
  id?: boolean
  dataset?: boolean
  mark?: boolean
  rect?: boolean
  size?: boolean
  scrollOffset?: boolean
  properties?: string[]
  computedStyle?: string[]
  node?: boolean
  context?: boolean
}

type Callback = (result: unknown) => void

export class FakeSelectorQuery {
  readonly #requests: Array<{ run: () => unknown; callback?: Callback | undefined }> = []
  #scope: QueryScope

  constructor(scope: QueryScope) {
    this.#scope = scope
  }

  in(component: unknown): this {
    const root = this.#scope.rootOf(component)
    if (!root) throw new FakeWxError('SelectorQuery.in(component): not a component instance on this page (pass `this` of a component).')
    const outer = this.#scope
    this.#scope = { ...outer, root: () => this.#scope.rootOf(component) ?? root }
    return this
  }

  select(selector: string): FakeNodesRef {
    return new FakeNodesRef(this, () => this.#find(selector).slice(0, 1), true)
  }

  selectAll(selector: string): FakeNodesRef {
    return new FakeNodesRef(this, () => this.#find(selector), false)
  }

  selectViewport(): FakeNodesRef {
    return new FakeNodesRef(this, () => ['viewport'], true)
  }

  exec(callback?: (results: unknown[]) => void): void {
    const requests = this.#requests.splice(0)
    later(() => {
      const results = requests.map((r) => {
        const value = r.run()
        r.callback?.(value)
        return value
      })
      callback?.(results)
    })
  }

  /** @internal */
  push(run: () => unknown, callback?: Callback): this {
    this.#requests.push({ run, callback })
    return this
  }

  #find(selector: string): Array<WxmlElement | 'viewport'> {
    const root = this.#scope.root()
    // A selector does not reach into a custom component's own tree: "初始时，选择器仅选取页面范围的节点，不会选取任何自定义组件中的节点"
    // (api/wxml/SelectorQuery.in.html, H). The page's query sees the page's nodes (slotted content included: it belongs
    // to the page), a component's query its own; "跨自定义组件的后代选择器 .the-ancestor >>> .the-descendant"
    // (SelectorQuery.select.html, H) is not supported here.
    return root ? queryAll(root, selector).filter((node) => node.owner === root.owner) : []
  }

  /** @internal what one node answers for `fields`. */
  answer(node: WxmlElement | 'viewport', fields: Fields): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    const win = this.#scope.window()
    const box = node === 'viewport' ? { left: 0, top: 0, width: win.width, height: win.height } : { left: 0, top: ROW_HEIGHT * this.#index(node), width: win.width, height: ROW_HEIGHT }
    if (node !== 'viewport') {
      if (fields.id) out.id = node.id
      if (fields.dataset) out.dataset = { ...node.dataset }
      if (fields.mark) out.mark = { ...node.marks }
    }
    if (fields.rect) Object.assign(out, { left: box.left, right: box.left + box.width, top: box.top, bottom: box.top + box.height })
    if (fields.size) Object.assign(out, { width: box.width, height: box.height })
    if (fields.scrollOffset) Object.assign(out, { scrollLeft: 0, scrollTop: 0, scrollWidth: box.width, scrollHeight: box.height })
    if (node !== 'viewport') {
      for (const p of fields.properties ?? []) out[p] = node.attrs[p]
      for (const s of fields.computedStyle ?? []) out[s] = ''
      if (fields.node) out.node = { id: node.id, tag: node.tag }
    }
    return out
  }

  #index(node: WxmlElement): number {
    const root = this.#scope.pageRoot()
    if (!root) return 0
    let i = 0
    for (const { node: n } of walkComposed(root)) {
      if (n === node) return i - 1
      i++
    }
    return 0
  }
}

export class FakeNodesRef {
  constructor(
    readonly query: FakeSelectorQuery,
    readonly nodes: () => Array<WxmlElement | 'viewport'>,
    readonly single: boolean,
  ) {}

  #request(fields: Fields, callback?: Callback): FakeSelectorQuery {
    return this.query.push(() => {
      const answers = this.nodes().map((n) => this.query.answer(n, fields))
      return this.single ? (answers[0] ?? null) : answers
    }, callback)
  }

  boundingClientRect(callback?: Callback): FakeSelectorQuery {
    return this.#request({ id: true, dataset: true, rect: true, size: true }, callback)
  }

  scrollOffset(callback?: Callback): FakeSelectorQuery {
    return this.#request({ id: true, dataset: true, scrollOffset: true }, callback)
  }

  fields(fields: Fields, callback?: Callback): FakeSelectorQuery {
    return this.#request(fields, callback)
  }

  node(callback?: Callback): FakeSelectorQuery {
    return this.#request({ node: true }, callback)
  }

  context(callback?: Callback): FakeSelectorQuery {
    // Contexts of <video>/<canvas>/<map> are their wx.create…Context objects; not rendered here (null context).
    return this.query.push(() => (this.single ? (this.nodes().length ? { context: null } : null) : this.nodes().map(() => ({ context: null }))), callback)
  }
}

/** A SelectorQuery over a page's tree: `root` is what it searches (the page's, or a component's shadow root). */
export function treeSelectorQuery(
  core: RuntimeCore,
  page: { root(): WxmlElement | undefined; instance(): unknown },
  root: () => WxmlElement | undefined = () => page.root(),
): FakeSelectorQuery {
  return new FakeSelectorQuery({
    root,
    pageRoot: () => page.root(),
    window: () => {
      const info = windowInfoOf(core)
      return { width: info.windowWidth, height: info.windowHeight }
    },
    rootOf(component) {
      const top = page.root()
      if (!top) return undefined
      if (page.instance() === component) return top
      for (const { node } of walkComposed(top)) if (node.component?.owner.instance === component) return node.shadowRoot
      return undefined
    },
  })
}
