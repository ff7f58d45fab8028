import { composedChildren } from './composed.ts'
import type { WxmlElement, WxmlNode } from './tree.ts'

/**
 * `page.wxml()`: the composed tree as indented markup, stable for snapshots. Attributes in source order
 * (id, class and the rest, then `data-*`, `mark:*`, then event bindings as written); a component shows its
 * rendered template in place, a `<slot>` the content assigned to it. Strings as they are, other values as JSON.
 */
export function serializeTree(root: WxmlElement): string {
  const lines: string[] = []
  for (const child of composedChildren(root)) write(child, 0, lines)
  return lines.join('\n')
}

function write(node: WxmlNode, depth: number, lines: string[]): void {
  const pad = '  '.repeat(depth)
  if (node.kind === 'text') {
    const text = node.text.trim()
    if (text) lines.push(`${pad}${text}`)
    return
  }
  if (node.tag === 'slot') {
    for (const child of composedChildren(node)) write(child, depth, lines)
    return
  }
  const attrs = attributesOf(node)
  const open = `${pad}<${node.tag}${attrs.map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${v}"`)).join('')}`
  const children = composedChildren(node)
  if (children.length === 0) {
    lines.push(`${open} />`)
    return
  }
  lines.push(`${open}>`)
  for (const child of children) write(child, depth + 1, lines)
  lines.push(`${pad}</${node.tag}>`)
}

function show(value: unknown): string | true {
  if (value === true) return true
  if (typeof value === 'string') return value.replace(/"/g, '&quot;')
  return JSON.stringify(value ?? null)!.replace(/"/g, '&quot;')
}

export function attributesOf(node: WxmlElement): Array<[string, string | true]> {
  const out: Array<[string, string | true]> = []
  for (const [k, v] of Object.entries(node.attrs)) if (v !== undefined && v !== false) out.push([k, show(v)])
  for (const [k, v] of Object.entries(node.dataset)) out.push([`data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, show(v)])
  for (const [k, v] of Object.entries(node.marks)) out.push([`mark:${k}`, show(v)])
  for (const e of node.events) out.push([e.attribute, e.handler])
  return out
}
