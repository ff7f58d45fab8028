import type { RuntimeCore } from '../../core.ts'
import { mountComponent, type ComponentAttributes } from '../../components/mount-component.ts'
import { camelCase } from './render.ts'
import type { WxmlElement } from './tree.ts'

/**
 * `<camera>` and `<live-pusher>` written in the WXML insert themselves when rendered, as on the phone
 * (component/camera.html, component/live-pusher.html, H): they ask for their scopes and report through their
 * `bind…` handlers, dispatched on their node. A re-render without the node (wx:if false) removes them.
 */
export interface NativeMount {
  /** The node as rendered now (it changes identity on re-render). */
  node(): WxmlElement
  update(node: WxmlElement): void
  unmount(): void
}

export type NativeTag = 'camera' | 'live-pusher'

export function mountNative(core: RuntimeCore, node: WxmlElement, dispatch: (node: WxmlElement, type: string, detail: unknown) => void): NativeMount {
  let current = node
  const attributes: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(node.attrs)) attributes[camelCase(name)] = value
  if (node.id) attributes.id = node.id
  for (const binding of node.events) {
    if (binding.capture) continue
    attributes[`bind${binding.type}`] = (e: { detail?: unknown }) => dispatch(current, binding.type, e.detail ?? {})
  }
  const tag = node.tag as NativeTag
  const mounted = mountComponent(core, tag, attributes as ComponentAttributes[NativeTag])
  return {
    node: () => current,
    update(n) {
      current = n
    },
    unmount() {
      if (mounted.mounted) mounted.unmount()
    },
  }
}
