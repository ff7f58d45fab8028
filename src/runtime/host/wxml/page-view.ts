import { FakeWxError } from '../../errors/fake-wx-error.ts'
import type { Host } from '../host.ts'
import type { PageRecord } from '../page-instance.ts'
import { viewSnapshot } from '../set-data.ts'
import type { ViewOwner } from './tree.ts'
import { compileAppFile, PageView } from './view.ts'

/** The page as the owner of its WXML: handlers are its methods, the view reads its data as JSON. */
export function pageOwner(page: PageRecord): ViewOwner {
  return {
    kind: 'page',
    is: page.route,
    instance: page.instance,
    get data() {
      return viewSnapshot(page.instance.data)
    },
    methodOf(name) {
      const fn = page.instance[name]
      return typeof fn === 'function' ? (fn as (this: unknown, e: unknown) => unknown) : undefined
    },
  }
}

/**
 * Gives a page its view when `<route>.wxml` exists (a page without one runs as before, handlers by name):
 * the first render, from the initial data, before onLoad (components' created/attached run here).
 */
export function attachView(host: Host, page: PageRecord): PageView | undefined {
  const root = host.folder?.root
  if (!root) return undefined
  const file = compileAppFile(host.core, root, `${page.route}.wxml`)
  if (!file) return undefined
  const { core } = host
  const view = new PageView(
    {
      core,
      root,
      // The host's component registry (set by host/components; undefined → custom tags are unknown).
      get registry() {
        return host.componentRegistry
      },
      timeStamp: () => core.clock.now() - page.openedAt,
      call(owner, handler, event, binding) {
        const fn = owner.methodOf(handler)
        if (!fn) {
          // The client's warning (exparser): Component "<is>" does not have a method "<m>" to handle event "<type>".
          throw new FakeWxError(
            `${binding.file}:${binding.line}: Component "${owner.is}" does not have a method "${handler}" to handle event "${binding.type}".`,
            `Add the method to ${owner.kind === 'page' ? 'the Page({...}) object' : "the component's methods"}, or fix the name in the WXML.`,
          )
        }
        core.trace.record({ type: 'page', target: page.route, what: `${binding.type} → ${handler}`, ...(Object.keys((event as { currentTarget: { dataset: object } }).currentTarget.dataset).length ? { detail: (event as { currentTarget: { dataset: object } }).currentTarget.dataset } : {}) })
        return fn.call(owner.instance, event)
      },
    },
    pageOwner(page),
    file,
  )
  page.view = view
  view.mount()
  return view
}
