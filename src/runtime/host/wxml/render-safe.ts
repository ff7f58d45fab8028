import type { CompiledFile } from './compile.ts'
import { splitMustache } from './expression.ts'
import type { AstNode } from './parse.ts'

/**
 * Whether a page's WXML file can be rendered when the view is first read instead of at each setData (view.ts
 * PageView): its render has no effect but the tree it returns and cannot throw, whatever the data. Then deferring
 * it changes nothing a test or app code can see, and a page run whose test never reads the view (drives it by
 * handler name, reads `page.data`) renders nothing (issue 14: the two renders were ~15 % of a page-host run).
 *
 * Safe: only plain built-ins (no component that mounts itself, no custom component: a built-in tag never resolves
 * to one), no <import>/<include>/<template>/<wxs>/<slot>, no wx:elif/wx:else (a misplaced one throws at render),
 * no model: binding (a bad one throws), and every {{…}} parses and calls nothing (a call is the only evaluation
 * that throws: member reads of undefined give undefined, expression.ts). Decided once per compiled file version.
 */
const SAFE_TAGS: ReadonlySet<string> = new Set(['view', 'text', 'button', 'image', 'icon', 'label', 'block', 'cover-view', 'cover-image', 'progress', 'rich-text'])

const known = new WeakMap<CompiledFile, boolean>()

export function renderSafe(file: CompiledFile): boolean {
  let safe = known.get(file)
  if (safe === undefined) known.set(file, (safe = file.imports.length === 0 && file.wxs.length === 0 && file.templates.size === 0 && file.nodes.every(safeNode)))
  return safe
}

function safeNode(node: AstNode): boolean {
  if (node.kind === 'text') return safeText(node.text)
  if (!SAFE_TAGS.has(node.tag)) return false
  for (const a of node.attrs) {
    if (a.name === 'wx:elif' || a.name === 'wx:else' || a.name.startsWith('model:')) return false
    if (typeof a.value === 'string' && !safeText(a.value)) return false
  }
  return node.children.every(safeNode)
}

function safeText(text: string): boolean {
  if (!text.includes('{{')) return true
  try {
    splitMustache(text)
  } catch {
    return false
  }
  // A call (only WXS functions may be called, and anything else throws) or a parenthesis in a string: not safe.
  for (let at = text.indexOf('{{'); at >= 0; at = text.indexOf('{{', at + 2)) {
    const end = text.indexOf('}}', at)
    if (end < 0 || text.slice(at, end).includes('(')) return false
  }
  return true
}
