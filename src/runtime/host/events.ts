/**
 * The event object a WXML-bound handler receives (framework/view/wxml/event.html, "事件对象", H):
 * type, timeStamp (ms since the page opened), target and currentTarget ({ id, dataset }), detail, mark,
 * and for touch events touches / changedTouches. No node is rendered here, so the tapped node is both
 * target and currentTarget.
 */
export interface EventInit {
  /** `data-*` attributes of the node: `data-id="3"` → `{ id: '3' }`. */
  dataset?: Record<string, unknown>
  /** The node's `id`. */
  id?: string
  /** `mark:*` attributes up the tree (base library 2.7.1). */
  mark?: Record<string, unknown>
}

export interface WxmlEvent {
  type: string
  timeStamp: number
  target: { id: string; dataset: Record<string, unknown> }
  currentTarget: { id: string; dataset: Record<string, unknown> }
  detail: unknown
  mark: Record<string, unknown>
  touches?: unknown[]
  changedTouches?: unknown[]
}

const TOUCH_EVENTS = new Set(['tap', 'longpress', 'longtap', 'touchstart', 'touchmove', 'touchend', 'touchcancel'])

export function wxmlEvent(type: string, timeStamp: number, detail: unknown, init: EventInit = {}): WxmlEvent {
  const node = () => ({ id: init.id ?? '', dataset: { ...init.dataset } })
  const event: WxmlEvent = { type, timeStamp, target: node(), currentTarget: node(), detail, mark: { ...init.mark } }
  if (TOUCH_EVENTS.has(type)) {
    const touch = { identifier: 0, pageX: 0, pageY: 0, clientX: 0, clientY: 0 }
    event.touches = [touch]
    event.changedTouches = [touch]
  }
  return event
}
