import type { EventBinding, ViewOwner, WxmlElement } from './tree.ts'

/**
 * How the client delivers an event along the tree (framework/view/wxml/event.html "事件绑定和冒泡",
 * "事件的捕获阶段", "互斥事件绑定", "mark"; framework/custom-component/events.html "bubbles / composed /
 * capturePhase", H):
 * - the capture phase runs first, from the outermost node down to the target (`capture-bind`, `capture-catch`;
 *   capture-catch stops the event, the bubble phase included);
 * - then the target and, for a bubbling event, each ancestor up: `bind` goes on, `catch` stops it,
 *   `mut-bind` runs only if no mut-bind ran before it on the path;
 * - a non-`composed` event stays in the tree of the owner whose WXML has the target; a composed one goes on
 *   from a shadow root to its host (slotted content bubbles through its `<slot>` first);
 * - `target` is the origin node, seen from a listener outside a component as that component's host node;
 *   `currentTarget` is the node whose binding runs; `mark` merges the `mark:` of the path from the listener's
 *   owner down to the target (a child's mark wins), never marks outside the receiving component.
 */
export interface DispatchInit {
  readonly type: string
  readonly detail: unknown
  readonly bubbles: boolean
  readonly composed: boolean
  readonly capturePhase: boolean
}

export interface Delivery {
  readonly node: WxmlElement
  readonly binding: EventBinding
  /** The node event.target names for this listener (retargeted across component boundaries). */
  readonly target: WxmlElement
  readonly mark: Record<string, unknown>
}

/**
 * Native events that bubble: "冒泡事件 touchstart touchmove touchcancel touchend tap longpress longtap
 * transitionend animationstart animationiteration animationend touchforcechange"; every other component
 * event does not ("如无特殊声明都是非冒泡事件", event.html, H).
 */
export const BUBBLING_EVENTS: ReadonlySet<string> = new Set([
  'touchstart', 'touchmove', 'touchcancel', 'touchend', 'tap', 'longpress', 'longtap',
  'transitionend', 'animationstart', 'animationiteration', 'animationend', 'touchforcechange',
])

/** The parent an event goes to next: owner-tree parent, or across a boundary when composed. */
function nextUp(node: WxmlElement, composed: boolean): WxmlElement | undefined {
  if (composed && node.assignedSlot) return node.assignedSlot
  if (node.parent) return node.parent
  if (composed && node.host) return node.host
  return undefined
}

/** The event path, target first. */
export function eventPath(target: WxmlElement, composed: boolean): WxmlElement[] {
  const path: WxmlElement[] = []
  for (let n: WxmlElement | undefined = target; n; n = nextUp(n, composed)) path.push(n)
  return path
}

/** The root of the owner tree a node is in ('#page' or a component's '#shadow-root'). */
function rootOf(node: WxmlElement): WxmlElement {
  let n = node
  while (n.parent) n = n.parent
  return n
}

/** `origin` as a listener owned by `owner` sees it: the host node of the component it is inside, if any. */
function retarget(origin: WxmlElement, owner: ViewOwner): WxmlElement {
  let n = origin
  for (;;) {
    if (n.owner === owner) return n
    const host = rootOf(n).host
    if (!host) return origin
    n = host
  }
}

/** The marks a listener of `owner` on path index `at` sees: nodes from `at` down to the target that are not outside owner's tree. */
function marksFor(path: WxmlElement[], owner: ViewOwner, upTo: number): Record<string, unknown> {
  // Nodes above the receiving owner's root are outside it: a component's listener never sees them.
  let top = path.length - 1
  const ownerRoot = path.findIndex((n) => n.tag === '#shadow-root' && n.host?.component?.owner === owner)
  if (ownerRoot >= 0) top = ownerRoot
  top = Math.max(top, upTo)
  const mark: Record<string, unknown> = {}
  for (let i = top; i >= 0; i--) Object.assign(mark, path[i]!.marks)
  return mark
}

/** The listeners that run, in order, for one dispatch. */
export function deliveries(target: WxmlElement, init: DispatchInit): Delivery[] {
  const path = eventPath(target, init.composed)
  const out: Delivery[] = []
  const at = (i: number, binding: EventBinding): Delivery => ({
    node: path[i]!,
    binding,
    target: retarget(target, path[i]!.owner),
    mark: marksFor(path, path[i]!.owner, i),
  })
  if (init.capturePhase) {
    for (let i = path.length - 1; i >= 0; i--) {
      for (const binding of path[i]!.events) {
        if (binding.type !== init.type || !binding.capture) continue
        out.push(at(i, binding))
        if (binding.catch) return out
      }
    }
  }
  let mutDone = false
  const last = init.bubbles ? path.length : 1
  for (let i = 0; i < last; i++) {
    let stop = false
    for (const binding of path[i]!.events) {
      if (binding.type !== init.type || binding.capture) continue
      if (binding.mut) {
        if (mutDone) continue
        mutDone = true
      }
      out.push(at(i, binding))
      if (binding.catch) stop = true
    }
    if (stop) break
  }
  return out
}
