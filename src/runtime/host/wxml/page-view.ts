import { FakeWxError } from '../../errors/fake-wx-error.ts'
import type { Host } from '../host.ts'
import type { PageRecord } from '../page-instance.ts'
import { viewSnapshot } from '../set-data.ts'
import type { ComponentRegistry, ViewOwner } from './tree.ts'
import { compileAppFile, PageView, type ViewHost } from './view.ts'

/**
 * The page as the owner of its WXML: handlers are its methods, the view reads its data as JSON. A class, as is
 * the view's host below, not an object literal with `get data()`: a literal's accessor gives each object an
 * old-space map of its own that points at the getter's closure, which promoted every page's runtime out of the
 * young generation (issue 14).
 */
class PageOwner implements ViewOwner {
  readonly kind = 'page'
  readonly is: string
  readonly instance: PageRecord['instance']

  constructor(page: PageRecord) {
    this.is = page.route
    this.instance = page.instance
  }

  get data(): Readonly<Record<string, unknown>> {
    return viewSnapshot(this.instance.data)
  }

  methodOf(name: string): ((this: unknown, e: unknown) => unknown) | undefined {
    const fn = this.instance[name]
    return typeof fn === 'function' ? (fn as (this: unknown, e: unknown) => unknown) : undefined
  }
}

export function pageOwner(page: PageRecord): ViewOwner {
  return new PageOwner(page)
}

/** What the page's view asks of the host: its core and root, the component registry, its handlers' calls. */
class PageViewHost implements ViewHost {
  readonly core: Host['core']
  readonly root: string
  readonly #host: Host
  readonly #page: PageRecord

  constructor(host: Host, root: string, page: PageRecord) {
    this.core = host.core
    this.root = root
    this.#host = host
    this.#page = page
  }

  /** The host's component registry (set by host/components; undefined → custom tags are unknown). */
  get registry(): ComponentRegistry | undefined {
    return this.#host.componentRegistry
  }

  timeStamp(): number {
    return this.core.clock.now() - this.#page.openedAt
  }

  call(owner: ViewOwner, handler: string, event: unknown, binding: { type: string; file: string; line: number }): unknown {
    const fn = owner.methodOf(handler)
    if (!fn) {
      // The client's warning (exparser): Component "<is>" does not have a method "<m>" to handle event "<type>".
      throw new FakeWxError(
        `${binding.file}:${binding.line}: Component "${owner.is}" does not have a method "${handler}" to handle event "${binding.type}".`,
        `Add the method to ${owner.kind === 'page' ? 'the Page({...}) object' : "the component's methods"}, or fix the name in the WXML.`,
      )
    }
    const { dataset } = (event as { currentTarget: { dataset: object } }).currentTarget
    this.core.trace.record({ type: 'page', target: this.#page.route, what: `${binding.type} → ${handler}`, ...(Object.keys(dataset).length ? { detail: dataset } : {}) })
    return fn.call(owner.instance, event)
  }
}

/**
 * Gives a page its view when `<route>.wxml` exists (a page without one runs as before, handlers by name):
 * the first render, from the initial data, before onLoad (components' created/attached run here).
 */
export function attachView(host: Host, page: PageRecord): PageView | undefined {
  const root = host.folder?.root
  if (!root) return undefined
  const file = compileAppFile(root, `${page.route}.wxml`)
  if (!file) return undefined
  const view = new PageView(new PageViewHost(host, root, page), pageOwner(page), file)
  page.view = view
  view.mount()
  return view
}
