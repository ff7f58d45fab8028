import type { WxmlElement, WxmlNode } from './tree.ts'

/**
 * The tree as the user sees it (the composed tree): a component node shows its rendered template, and each
 * `<slot>` in it shows the light children assigned to it (custom-component/wxml-wxss.html, H).
 */
export function composedChildren(node: WxmlElement): readonly WxmlNode[] {
  if (node.shadowRoot) return node.shadowRoot.children
  if (node.tag === 'slot' && node.assigned) return node.assigned
  return node.children
}

/** Every element in composed order (pre-order), `from` included, with its composed ancestors. */
export function* walkComposed(from: WxmlElement, ancestors: WxmlElement[] = []): Generator<{ node: WxmlElement; ancestors: readonly WxmlElement[] }> {
  yield { node: from, ancestors }
  const next = [...ancestors, from]
  for (const child of composedChildren(from)) if (child.kind === 'element') yield* walkComposed(child, next)
}

/** All text under a node in the composed tree, as shown. */
export function textContent(node: WxmlNode): string {
  if (node.kind === 'text') return node.text
  return composedChildren(node).map(textContent).join('')
}

/** The node's own text: its direct text children (composed), joined and trimmed. */
export function ownText(node: WxmlElement): string {
  return composedChildren(node)
    .map((c) => (c.kind === 'text' ? c.text : ''))
    .join('')
    .trim()
}

/** A node or an ancestor (composed) has `hidden`: the user cannot see or tap it. */
export function isHidden(node: WxmlElement, ancestors: readonly WxmlElement[]): boolean {
  return node.hidden || ancestors.some((a) => a.hidden)
}
