import type { MountedComponent, WxmlElement } from '../wxml/tree.ts'

/**
 * `selectComponent(selector)` / `selectAllComponents(selector)` (reference/api/Component.html, H): the custom
 * components of the caller's own tree — the page's WXML, or this component's template — that match a selector
 * (`#id`, `.class`, a tag, compounds, descendant `a b` and child `a > b`, lists `a, b`). Components inside
 * another component's template are that component's to select. The result is the instance, or what `export()`
 * returns under wx://component-export.
 */
export function selectAllComponents(root: WxmlElement | undefined, owner: object, selector: string): unknown[] {
  if (!root) return []
  const groups = parseSelector(selector)
  const out: unknown[] = []
  walkOwnTree(root, owner, (el) => {
    if (el.component && groups.some((g) => matchesChain(el, g))) out.push(exported(el.component))
  })
  return out
}

export function selectComponent(root: WxmlElement | undefined, owner: object, selector: string): unknown {
  return selectAllComponents(root, owner, selector)[0] ?? null
}

/** The instance a selector gives: `export()`'s result with wx://component-export, else `this` of the component. */
function exported(component: MountedComponent): unknown {
  const withExport = component as MountedComponent & { exportValue?: () => unknown }
  return withExport.exportValue ? withExport.exportValue() : component.owner.instance
}

/** The nodes the owner's WXML wrote (`owner` is its `this`), not the inside of the components it uses. */
function walkOwnTree(node: WxmlElement, owner: object, visit: (el: WxmlElement) => void): void {
  for (const child of node.children) {
    if (child.kind !== 'element') continue
    if (child.owner.instance === owner) visit(child)
    walkOwnTree(child, owner, visit)
  }
}

interface Compound {
  readonly tag?: string
  readonly id?: string
  readonly classes: readonly string[]
}
/** A chain read right to left: the subject first, then its ancestors with the combinator that links them. */
type Chain = { readonly compound: Compound; readonly combinator: ' ' | '>' }[]

function parseSelector(selector: string): Chain[] {
  return selector.split(',').map((group) => {
    const tokens = group.trim().replace(/\s*>\s*/g, ' > ').split(/\s+/).filter(Boolean)
    const chain: { compound: Compound; combinator: ' ' | '>' }[] = []
    let combinator: ' ' | '>' = ' '
    for (const token of tokens) {
      if (token === '>') {
        combinator = '>'
        continue
      }
      chain.unshift({ compound: parseCompound(token), combinator })
      combinator = ' '
    }
    return chain
  })
}

function parseCompound(token: string): Compound {
  const classes: string[] = []
  let id: string | undefined
  let tag: string | undefined
  for (const [, kind, name] of token.matchAll(/([#.]?)([^#.]+)/g)) {
    if (kind === '#') id = name
    else if (kind === '.') classes.push(name!)
    else tag = name
  }
  return { ...(tag ? { tag } : {}), ...(id ? { id } : {}), classes }
}

function matchesCompound(el: WxmlElement, c: Compound): boolean {
  return (c.tag === undefined || el.tag === c.tag) && (c.id === undefined || el.id === c.id) && c.classes.every((name) => el.classList.includes(name))
}

function matchesChain(el: WxmlElement, chain: Chain): boolean {
  const [subject, ...rest] = chain
  if (!subject || !matchesCompound(el, subject.compound)) return false
  let node: WxmlElement | undefined = el
  // chain[i].combinator links chain[i] to chain[i + 1], the compound on its left in the selector.
  for (let i = 0; i < rest.length; i++) {
    const wanted = rest[i]!.compound
    const direct = chain[i]!.combinator === '>'
    node = node.parent
    if (direct) {
      if (!node || !matchesCompound(node, wanted)) return false
      continue
    }
    while (node && !matchesCompound(node, wanted)) node = node.parent
    if (!node) return false
  }
  return true
}

