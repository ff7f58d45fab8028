import { posix } from 'node:path'
import { isFn, type Fn } from '../definition.ts'
import { runAppCode, type HostServices } from '../page-instance.ts'
import { isPlainObject } from '../set-data.ts'
import type { MountedComponent, WxmlElement } from '../wxml/tree.ts'

/**
 * `relations` (https://developers.weixin.qq.com/miniprogram/dev/framework/custom-component/relations.html, H):
 * two components that both name each other (a relative path from each component's file) are linked when the
 * later one attaches: `parent` / `child` with no other component node between them, `ancestor` / `descendant`
 * at any depth. `linked(target)` runs on both sides after the attaching node's `attached`, `unlinked(target)`
 * after its `detached`; `getRelationNodes(path)` lists the linked instances in tree order. (`linkChanged` needs
 * `moved`, which is not simulated; `target` relations by behavior are not either.)
 */
export type RelationType = 'parent' | 'child' | 'ancestor' | 'descendant'

export interface Relation {
  readonly type: RelationType
  readonly linked?: Fn
  readonly unlinked?: Fn
}

const REVERSE: Readonly<Record<RelationType, RelationType>> = { parent: 'child', child: 'parent', ancestor: 'descendant', descendant: 'ancestor' }

/** The relations of a definition, keyed by the related component's app path. */
export function parseRelations(path: string, spec: unknown): Map<string, Relation> {
  const out = new Map<string, Relation>()
  if (!isPlainObject(spec)) return out
  for (const [key, value] of Object.entries(spec)) {
    if (!isPlainObject(value) || !(typeof value.type === 'string' && value.type in REVERSE)) continue
    out.set(relationPath(path, key), {
      type: value.type as RelationType,
      ...(isFn(value.linked) ? { linked: value.linked } : {}),
      ...(isFn(value.unlinked) ? { unlinked: value.unlinked } : {}),
    })
  }
  return out
}

/** A relation key from a component: relative to its file ('./custom-li'), or from the root ('/components/x'). */
export function relationPath(from: string, key: string): string {
  return key.startsWith('/') ? posix.normalize(key.slice(1)) : posix.join(posix.dirname(from), key)
}

/** What a mounted component takes part in: its definition's relations and its current links. */
export interface RelationSide {
  readonly path: string
  readonly relations: ReadonlyMap<string, Relation>
  readonly instance: object
  readonly links: Map<string, RelationSide[]>
  host(): WxmlElement
}

/**
 * A mounted component's side, kept on the mount in a symbol slot: a module-level WeakMap from mount to side was an
 * entry whose value (the instance, its view, the tree holding the mount) reaches its key, kept by every
 * scavenge, which promoted every runtime with a component (issue 14).
 */
const SIDE = Symbol('fake-wx:relation-side')

export function registerRelationSide(mount: MountedComponent, side: RelationSide): void {
  Object.defineProperty(mount, SIDE, { value: side })
}

const sideOf = (mount: MountedComponent): RelationSide | undefined => (mount as { [SIDE]?: RelationSide })[SIDE]

/** The component host nodes above `node`, nearest first (through shadow roots to their hosts). */
function* componentsAbove(node: WxmlElement): Generator<MountedComponent> {
  let cur: WxmlElement | undefined = node.parent ?? node.host
  while (cur) {
    if (cur.component) yield cur.component
    cur = cur.parent ?? cur.host
  }
}

/** After `attached`: links to the parent / ancestor components that name this one back. */
export function linkUp(host: HostServices, me: RelationSide): void {
  for (const [path, relation] of me.relations) {
    if (relation.type !== 'parent' && relation.type !== 'ancestor') continue
    for (const above of componentsAbove(me.host())) {
      const other = sideOf(above)
      if (other?.path === path) {
        const back = other.relations.get(me.path)
        if (back?.type === REVERSE[relation.type]) link(host, me, relation, other, back)
        break
      }
      if (relation.type === 'parent') break // "中间不能间隔其他组件节点"
    }
  }
}

function link(host: HostServices, me: RelationSide, mine: Relation, other: RelationSide, theirs: Relation): void {
  add(me.links, other.path, other)
  add(other.links, me.path, me)
  if (mine.linked) runAppCode(host, `${me.path} relation linked`, mine.linked, me.instance, [other.instance])
  if (theirs.linked) runAppCode(host, `${other.path} relation linked`, theirs.linked, other.instance, [me.instance])
}

function add(links: Map<string, RelationSide[]>, path: string, side: RelationSide): void {
  const list = links.get(path) ?? []
  if (!list.includes(side)) list.push(side)
  links.set(path, list)
}

/** After `detached`: every link of this component goes, with `unlinked` on both sides. */
export function unlinkAll(host: HostServices, me: RelationSide): void {
  for (const [path, others] of me.links) {
    for (const other of others) {
      const list = other.links.get(me.path)?.filter((s) => s !== me) ?? []
      other.links.set(me.path, list)
      const mine = me.relations.get(path)
      const theirs = other.relations.get(me.path)
      if (mine?.unlinked) runAppCode(host, `${me.path} relation unlinked`, mine.unlinked, me.instance, [other.instance])
      if (theirs?.unlinked) runAppCode(host, `${other.path} relation unlinked`, theirs.unlinked, other.instance, [me.instance])
    }
  }
  me.links.clear()
}

/** getRelationNodes(key): the linked instances of that related path. */
export function relationNodes(me: RelationSide, key: string): object[] {
  return (me.links.get(relationPath(me.path, key)) ?? []).map((s) => s.instance)
}
