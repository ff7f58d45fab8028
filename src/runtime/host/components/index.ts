import type { Host } from '../host.ts'
import type { ComponentRegistry, ComponentType, ViewOwner } from '../wxml/tree.ts'
import { defineComponent, type ComponentDefinition } from './component-definition.ts'
import { createComponent } from './component-instance.ts'
import { componentFileOf, declared, resolveComponentPath, usingComponentsOf } from './using-components.ts'

export type { ComponentInstance, ComponentMount } from './component-instance.ts'
export { selectAllComponents, selectComponent } from './select.ts'

/**
 * The custom components of one running app: each owner's tag → component path (its .json, then app.json's global
 * usingComponents), and each component's definition, loaded once per run when the page that reaches it is loaded
 * (the client resolves them at the route too: a bad path fails the page, not the first render).
 */
export interface ComponentLibrary {
  readonly tags: Map<string, Map<string, string>>
  readonly types: Map<string, ComponentType>
  global: Map<string, string> | undefined
}

type Library = ComponentLibrary

/** The host keeps its library itself (host.ts says why: no WeakMap whose value reaches its key). */
function libraryOf(host: Host): Library {
  return (host.componentLibrary ??= { tags: new Map(), types: new Map(), global: undefined })
}

/** The tag map of an owner (a page route or a component path), app.json's global entries under its own. */
function tagsOf(host: Host, lib: Library, ownerPath: string): Map<string, string> {
  let tags = lib.tags.get(ownerPath)
  if (tags) return tags
  const root = host.folder!.root
  lib.global ??= new Map(Object.entries(declared(host.folder!.appJson, 'app.json')).map(([tag, spec]) => [tag, resolveComponentPath(root, '', 'app.json', tag, spec)]))
  const own = Object.entries(usingComponentsOf(root, ownerPath))
  // An owner that declares nothing reads app.json's map itself (only read, never changed): no copy per page opened.
  if (own.length === 0) tags = lib.global
  else {
    tags = new Map(lib.global)
    for (const [tag, spec] of own) tags.set(tag, resolveComponentPath(root, ownerPath, `${ownerPath}.json`, tag, spec))
  }
  lib.tags.set(ownerPath, tags)
  return tags
}

/** Loads every component a page can reach (its json, the components' own jsons, app.json's), once per run. */
export async function preloadComponents(host: Host, route: string): Promise<void> {
  if (!host.folder) return
  host.componentRegistry = componentRegistry(host)
  const lib = libraryOf(host)
  const pending = [route]
  const seen = new Set<string>()
  while (pending.length > 0) {
    const owner = pending.shift()!
    if (seen.has(owner)) continue
    seen.add(owner)
    for (const path of tagsOf(host, lib, owner).values()) {
      if (!lib.types.has(path)) lib.types.set(path, componentType(host, path, defineComponent(path, await host.componentOptions(componentFileOf(host.folder.root, path)))))
      pending.push(path)
    }
  }
}

function componentType(host: Host, path: string, definition: ComponentDefinition): ComponentType {
  const type: ComponentType & { readonly definition: ComponentDefinition } = {
    path,
    definition,
    create: (init) => createComponent(host, definition, type, init),
  }
  return type
}

/** The registry the renderer asks: a tag of an owner → its component, undefined for built-ins and unknown tags. */
export function componentRegistry(host: Host): ComponentRegistry {
  const lib = libraryOf(host)
  return {
    resolve(owner: ViewOwner, tag: string) {
      if (!host.folder) return undefined
      const path = tagsOf(host, lib, owner.is).get(tag)
      return path === undefined ? undefined : lib.types.get(path)
    },
  }
}
